/**
 * End to end: "Export Framework as CASE 1.1..." in a real VS Code (code-server + Chromium): run from the Command
 * Palette on the full example, answered in VS Code's own save dialog (its default name accepted), it writes a
 * package that the official CASE 1.1 schema accepts and that holds every statement of the framework; from a
 * focused preview, the CTDL-ASN export exports the previewed framework.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { FIXTURES_DIR } from '../../../../scripts/e2e-env.mjs';
import { pollUntil, useVsCode, type VsCodeSession } from './harness';

const FILE = 'example-full-11-9179.00.framework.json';
const EXPORTED = 'example-full-11-9179.00.case.json';
const CTDL_EXPORTED = 'example-full-11-9179.00.ctdl.jsonld';
const COMMAND = 'NSX Framework: Export Framework as CASE 1.1...';
const SCHEMA = path.join(__dirname, '..', '..', '..', '..', 'schemas', 'vendor', 'case', 'case-v1p1-cfpackage.schema.json');

describe('CASE export in VS Code', function () {
  const session = useVsCode({ name: 'case-export' });

  it('exports the framework through the save dialog to a package the official CASE 1.1 schema accepts', async function () {
    const vs = session();
    await vs.openFile(FILE);
    // The Command Palette, then the save dialog in the same quick input (code-server's own dialog): its default
    // path is the framework's name with .case.json beside it; Enter accepts it.
    await exportThroughDialog(vs, COMMAND, EXPORTED);
    const pkg = (await readJsonWhenWritten(path.join(vs.workspace, EXPORTED))) as {
      CFDocument: { title: string };
      CFItems: { fullStatement: string }[];
    };
    const ajv = new Ajv2019({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
    assert.ok(validate(pkg), JSON.stringify(validate.errors?.slice(0, 5)));
    const framework = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, FILE), 'utf8'));
    const statements: string[] = Object.values(framework.framework.levels).flatMap((l) => (l as { statements: string[] }).statements);
    const items = new Set(pkg.CFItems.map((i) => i.fullStatement));
    assert.deepEqual(
      statements.filter((s) => !items.has(s)),
      [],
    );
    assert.equal(pkg.CFDocument.title, 'Personal Service Managers, All Other');
  });

  it('exports the framework of the focused preview as CTDL-ASN (no text editor active there)', async function () {
    const vs = session();
    await vs.openFile(FILE);
    await vs.runCommand('NSX Framework: Preview Framework');
    await vs.webviewFrame('main.nsx-page h1');
    await exportThroughDialog(vs, 'NSX Framework: Export Framework as CTDL-ASN...', CTDL_EXPORTED);
    const graph = (await readJsonWhenWritten(path.join(vs.workspace, CTDL_EXPORTED)))['@graph'] as Record<string, unknown>[];
    assert.equal(graph[0]['@type'], 'ceasn:CompetencyFramework');
    assert.ok(graph.slice(1).every((n) => n['@type'] === 'ceasn:Competency' && n['ceasn:isPartOf'] === graph[0]['@id']));
  });
});

/** Runs `command` from the Command Palette and accepts the save dialog's default path, which must end with `file`. */
async function exportThroughDialog(vs: VsCodeSession, command: string, file: string): Promise<void> {
  await vs.dismissQuickInput();
  await vs.page.keyboard.press('F1');
  const input = vs.page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${command}`);
  await vs.page.locator(`.quick-input-list .monaco-list-row[aria-label^="${command}"]`).first().click();
  await pollUntil(
    () => input.inputValue(),
    (value) => value.endsWith(`/${file}`),
    `the save dialog offering ${file}`,
  );
  await vs.page.keyboard.press('Enter');
}

/** The file's JSON once it is all written. */
async function readJsonWhenWritten(file: string): Promise<Record<string, unknown>> {
  const text = await pollUntil(
    async () => fs.readFileSync(file, 'utf8'),
    (t) => {
      try {
        return !!JSON.parse(t);
      } catch {
        return false;
      }
    },
    `${path.basename(file)} written`,
  );
  return JSON.parse(text) as Record<string, unknown>;
}
