/**
 * End to end: a framework in Markdown in a real VS Code (code-server + Chromium): its findings show as
 * squiggles and Problems rows on the Markdown text, and "Convert to JSON" opens the JSON file beside it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES_DIR } from '../../../../scripts/e2e-env.mjs';
import { pollUntil, useVsCode } from './harness';

const SOURCE = 'nsx-framework';
const FILE = 'citing.framework.md';
const JSON_FILE = 'citing.framework.json';
const EXAMPLE = 'example-full-11-9179.00.framework.md';

/** A SOC code no other file of the sample workspace declares (so no duplicate-soc warning joins in). */
const OWN_SOC = '11-9179.03';

/**
 * The full example with one citation key mistyped (`[@safi-2062]`) and its own SOC code; returns the text
 * and the 1-based line and column of the key.
 */
function brokenMarkdown(): { text: string; line: number; column: number } {
  const text = fs
    .readFileSync(path.join(FIXTURES_DIR, EXAMPLE), 'utf8')
    .replace('[@safi-2026]', '[@safi-2062]')
    .replace('soc: "11-9179.00"', `soc: "${OWN_SOC}"`);
  const at = text.indexOf('safi-2062');
  const before = text.slice(0, at);
  return { text, line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

describe('framework Markdown in VS Code', function () {
  const broken = brokenMarkdown();
  // Markdown wraps long lines by default; a squiggle on a wrapped row has no line number beside it.
  const session = useVsCode({ name: 'markdown', files: { [FILE]: broken.text }, settings: { '[markdown]': { 'editor.wordWrap': 'off' } } });

  it('shows an unknown citation as an error squiggle and a Problems row on the key in the Markdown', async function () {
    const vs = session();
    await vs.openFile(FILE);
    await vs.goTo(broken.line, broken.column);
    await vs.waitForSquiggle('error', { line: broken.line });
    const rows = await vs.waitForProblems(
      (all) => all.some((p) => p.file === FILE && p.source === SOURCE),
      `a ${SOURCE} problem in ${FILE}`,
    );
    assert.deepEqual(
      rows.filter((p) => p.file === FILE && p.source === SOURCE).map((p) => [p.severity, p.code, p.line, p.column, p.message]),
      [
        [
          'error',
          'unknown-citation',
          broken.line,
          broken.column,
          'Unknown citation "safi-2062": it is neither built in nor defined in "citations". Did you mean "safi-2026"?',
        ],
      ],
    );
  });

  it('hovers a [@key] citation in the Markdown and shows the citation as the JSON form does', async function () {
    const vs = session();
    await vs.openFile(FILE);
    // The first [@safi-2026] was mistyped above; hover the next one, on the key.
    const at = broken.text.indexOf('[@safi-2026]') + 2;
    const before = broken.text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n') + 2;
    const hover = await vs.hoverUntil(line, column, (t) => t.includes('safi-2026') && t.includes('Defined in this file'));
    assert.match(hover, /Jadhav & Danve, 2026/);
    assert.match(hover, /Skill Automation Feasibility Index/);
    assert.match(hover, /Defined in this file \(overrides the built-in\)/);
  });

  it('runs "Convert to JSON" from the Command Palette and opens the JSON file beside the Markdown', async function () {
    const vs = session();
    await vs.openFile(FILE);
    await vs.runCommand('NSX Framework: Convert to JSON');
    await vs.waitForActiveTab(JSON_FILE);
    const written = path.join(vs.workspace, JSON_FILE);
    const json = await pollUntil(
      async () => fs.readFileSync(written, 'utf8'),
      (text) => {
        try {
          return !!JSON.parse(text); // all of it written
        } catch {
          return false;
        }
      },
      `${JSON_FILE} written`,
    );
    const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, 'example-full-11-9179.00.framework.json'), 'utf8'));
    expected.aiFluency.levels.emerging[0].cites = ['safi-2062'];
    expected.occupation.soc = OWN_SOC;
    assert.deepEqual(JSON.parse(json), expected);
    // The new file is checked as a framework JSON file: the same finding, now in the JSON.
    await vs.waitForProblems(
      (all) => all.some((p) => p.file === JSON_FILE && p.code === 'unknown-citation'),
      `the unknown citation in ${JSON_FILE}`,
    );
  });

  it('asks before overwriting the JSON file on a second conversion, and overwrites only when told to', async function () {
    const vs = session();
    const written = path.join(vs.workspace, JSON_FILE);
    const before = fs.readFileSync(written, 'utf8');
    await vs.openFile(FILE);
    await vs.replaceAll('[@safi-2062]', '[@safi-2026]');

    await vs.runCommand('NSX Framework: Convert to JSON');
    assert.match(await vs.waitForDialog(), /citing\.framework\.json already exists\. Overwrite it with the converted framework\?/);
    await vs.answerDialog('Cancel');
    assert.equal(fs.readFileSync(written, 'utf8'), before);

    await vs.runCommand('NSX Framework: Convert to JSON');
    await vs.waitForDialog();
    await vs.answerDialog('Overwrite');
    // Read until the new text is all there (a read can fall between the file's truncation and its writing).
    const complete = (text: string) => {
      try {
        return text !== before && !!JSON.parse(text);
      } catch {
        return false;
      }
    };
    const after = await pollUntil(async () => fs.readFileSync(written, 'utf8'), complete, `${JSON_FILE} overwritten`);
    assert.deepEqual(JSON.parse(after).aiFluency.levels.emerging[0].cites, ['safi-2026']);
  });
});
