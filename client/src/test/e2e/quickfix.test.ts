/**
 * End to end: a quick fix from the light bulb menu in a real VS Code (code-server + Chromium).
 * The user opens a framework with a hyphen for a separator, presses Control+., chooses the fix, and sees
 * the line change and the squiggle go.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES_DIR } from '../../../../scripts/e2e-env.mjs';
import { pollUntil, useVsCode } from './harness';

const FILE = 'separator.framework.json';
const FIX_TITLE = 'Use " — " (space, em dash, space) between headline and body';

/** The 11-9179.00 export, pretty-printed, with a hyphen for the first Emerging statement's separator. */
function frameworkWithHyphen(): { text: string; line: number; column: number; statement: string } {
  const data = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, 'export-11-9179.00.json'), 'utf8'));
  const statement: string = data.framework.levels.emerging.statements[0];
  data.framework.levels.emerging.statements[0] = statement.replace(' — ', ' - ');
  data.occupation.soc = '11-9179.04'; // its own code: no duplicate-soc warning joins in
  const text = `${JSON.stringify(data, null, 2)}\n`;
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l.includes(' - '));
  return { text, line: index + 1, column: lines[index].indexOf(' - ') + 2, statement };
}

/** The 11-9179.00 export with an AI-fluency statement citing the built-in `aei-2026-03-24`. */
function frameworkCitingBuiltin(): { text: string; line: number; column: number } {
  const data = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, 'export-11-9179.00.json'), 'utf8'));
  data.aiFluency = { levels: { emerging: [{ text: 'AI drafting — uses AI tools.', cites: ['aei-2026-03-24'] }] } };
  data.occupation.soc = '11-9179.05';
  const text = `${JSON.stringify(data, null, 2)}\n`;
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l.includes('"aei-2026-03-24"'));
  return { text, line: index + 1, column: lines[index].indexOf('aei') + 3 };
}

describe('quick fixes in VS Code', function () {
  const broken = frameworkWithHyphen();
  const citing = frameworkCitingBuiltin();
  const session = useVsCode({ name: 'quickfix', files: { [FILE]: broken.text, 'cites.framework.json': citing.text } });

  it('replaces a hyphen separator with " — " from the Control+. menu, and the squiggle goes', async function () {
    const vs = session();
    await vs.openFile(FILE);
    assert.deepEqual(await vs.waitForSquiggle('warning', { line: broken.line }), [broken.line]);

    const titles = await vs.quickFixesAt(broken.line, broken.column);
    assert.ok(
      titles.some((t) => t.includes(FIX_TITLE)),
      `offered: ${JSON.stringify(titles)}`,
    );
    await vs.chooseQuickFix(FIX_TITLE);

    const line = await pollUntil(
      () => vs.lineText(broken.line),
      (text) => text.includes(' — '),
      'the fixed line',
    );
    assert.equal(line.trim(), `${JSON.stringify(broken.statement)},`);
    await vs.waitForNoSquiggle('warning');
    const problems = await vs.waitForProblems((rows) => !rows.some((r) => r.file === FILE), `no problems in ${FILE}`);
    assert.deepEqual(
      problems.filter((r) => r.file === FILE),
      [],
    );
  });

  it('goes to the read-only view of a built-in citation with F12', async function () {
    const vs = session();
    await vs.openFile('cites.framework.json');
    await vs.goTo(citing.line, citing.column);
    await vs.press('F12');
    await vs.page.locator('.tabs-container .tab.active[aria-label*="aei-2026-03-24.md"]').waitFor();
    const heading = await pollUntil(
      () => vs.lineText(1),
      (text) => text.trim() !== '',
      'the built-in citation view',
    );
    assert.equal(heading.trim(), '# Anthropic Economic Index');
  });
});
