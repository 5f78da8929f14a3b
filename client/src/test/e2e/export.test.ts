/**
 * End to end: "Export Framework as CASE 1.1..." in a real VS Code (code-server + Chromium): run from the Command
 * Palette on the full example, answered in VS Code's own save dialog (its default name accepted), it writes a
 * package that the official CASE 1.1 schema accepts and that holds every statement of the framework.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { FIXTURES_DIR } from '../../../../scripts/e2e-env.mjs';
import { pollUntil, useVsCode } from './harness';

const FILE = 'example-full-11-9179.00.framework.json';
const EXPORTED = 'example-full-11-9179.00.case.json';
const COMMAND = 'NSX Framework: Export Framework as CASE 1.1...';
const SCHEMA = path.join(__dirname, '..', '..', '..', '..', 'schemas', 'vendor', 'case', 'case-v1p1-cfpackage.schema.json');

describe('CASE export in VS Code', function () {
  const session = useVsCode({ name: 'case-export' });

  it('exports the framework through the save dialog to a package the official CASE 1.1 schema accepts', async function () {
    const vs = session();
    await vs.openFile(FILE);
    // The Command Palette, then the save dialog in the same quick input (code-server's own dialog): its default
    // path is the framework's name with .case.json beside it; Enter accepts it.
    await vs.dismissQuickInput();
    await vs.page.keyboard.press('F1');
    const input = vs.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${COMMAND}`);
    await vs.page.locator(`.quick-input-list .monaco-list-row[aria-label^="${COMMAND}"]`).first().click();
    await pollUntil(() => input.inputValue(), (value) => value.endsWith(`/${EXPORTED}`), `the save dialog offering ${EXPORTED}`);
    await vs.page.keyboard.press('Enter');

    const written = path.join(vs.workspace, EXPORTED);
    const text = await pollUntil(
      async () => fs.readFileSync(written, 'utf8'),
      (t) => {
        try {
          return !!JSON.parse(t); // all of it written
        } catch {
          return false;
        }
      },
      `${EXPORTED} written`,
    );
    const ajv = new Ajv2019({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
    const pkg = JSON.parse(text) as { CFDocument: { title: string }; CFItems: { fullStatement: string }[] };
    assert.ok(validate(pkg), JSON.stringify(validate.errors?.slice(0, 5)));
    const framework = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, FILE), 'utf8'));
    const statements: string[] = Object.values(framework.framework.levels).flatMap((l) => (l as { statements: string[] }).statements);
    const items = new Set(pkg.CFItems.map((i) => i.fullStatement));
    assert.deepEqual(statements.filter((s) => !items.has(s)), []);
    assert.equal(pkg.CFDocument.title, 'Personal Service Managers, All Other');
  });
});
