/**
 * End to end: framework JSON in its own language ("NSX Framework (JSON)") in a real VS Code (code-server + Chromium).
 * Each finding is one Problems row, from nsx-framework (VS Code's JSON support no longer checks these files); our
 * hover stands alone; formatting, folding and the outline still work; a JSON file found to be a framework by its
 * content is switched to the language; and the New Framework File command writes a skeleton and opens its preview.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES_DIR } from '../../../../scripts/e2e-env.mjs';
import { pollUntil, positionOf, useVsCode, type VsCodeSession } from './harness';

const SOURCE = 'nsx-framework';
const FULL = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, 'example-full-11-9179.00.framework.json'), 'utf8'));

/** The full example with `"jobZone": "four"` (line 9) and a trailing comma after `jobZoneInferred` (line 10). */
function trustFramework(): string {
  const data = structuredClone(FULL);
  data.occupation.soc = '11-9179.02'; // a code of its own: no duplicate-soc warning
  data.occupation.jobZone = 'four';
  return JSON.stringify(data, null, 2).replace('"jobZoneInferred": true', '"jobZoneInferred": true,') + '\n';
}

/** The full example on one line, then a broken indentation: Format Document must change it. */
function oddFramework(): string {
  const data = structuredClone(FULL);
  data.occupation.soc = '11-9179.01';
  return JSON.stringify(data).replace('{"schemaVersion"', '{\n        "schemaVersion"');
}

describe('framework JSON language in VS Code', function () {
  const TRUST = 'trust.framework.json';
  const trust = trustFramework();
  const session = useVsCode(
    {
      name: 'framework-language',
      files: {
        [TRUST]: trust,
        'odd.framework.json': oddFramework(),
        'plain-trailing.json': '{ "a": 1, }\n',
        'folder/keep.txt': 'a folder for New Framework File\n',
      },
      settings: { 'editor.tabSize': 3, 'editor.detectIndentation': false },
    },
    { waitForWorkbench: true },
  );

  it('shows each finding once, from nsx-framework, and our hover alone', async function () {
    const vs = session();
    await vs.openFile(TRUST, 90_000);
    await pollUntil(
      () => vs.languageMode(),
      (mode) => mode === 'NSX Framework (JSON)',
      'the NSX Framework (JSON) language mode',
    );
    // VS Code's JSON support is running (it flags this plain JSON file's trailing comma), so it would have had
    // time to check the framework file too.
    await vs.openFile('plain-trailing.json');
    await vs.waitForProblems(
      (rows) => rows.some((p) => p.file === 'plain-trailing.json' && p.source !== SOURCE),
      `VS Code's own finding in plain-trailing.json`,
    );
    const rows = await vs.waitForProblems((all) => all.filter((p) => p.file === TRUST).length >= 2, `the findings of ${TRUST}`);
    assert.deepEqual(
      rows.filter((p) => p.file === TRUST).map((p) => [p.source, p.severity, p.code, p.line, p.column, p.message]),
      [
        [SOURCE, 'error', 'wrong-type', 9, 16, 'Job Zone must be 1–5 or null; found "four"'],
        [SOURCE, 'error', 'json-trailing-comma', 10, 28, 'Trailing comma: JSON does not allow a comma after the last item'],
      ],
    );

    await vs.openFile(TRUST);
    // The mouse away from tabs and rows, whose own hovers ("1 problem in this file") would join the editor's.
    await vs.page.mouse.move(200, 700);
    const { line, column } = positionOf(trust, '"safi-2026"', { delta: 4, occurrence: 2 });
    const hover = await vs.hoverUntil(line, column, (t) => t.includes('Skill Automation Feasibility Index'));
    assert.equal(
      hover,
      [
        'Jadhav & Danve, 2026 safi-2026',
        'Skill Automation Feasibility Index — Jadhav & Danve, 2026 (arXiv:2604.06906)',
        'Defined in this file (overrides the built-in) · cited by 6 statements in this file',
      ].join('\n\n'),
    );
  });

  it("formats the document with the editor's indentation, and keeps the outline and folding", async function () {
    const vs = session();
    await vs.openFile('odd.framework.json');
    await pollUntil(
      () => vs.languageMode(),
      (mode) => mode === 'NSX Framework (JSON)',
      'the NSX Framework (JSON) language mode',
    );
    await vs.focusEditor();
    await vs.runCommand('Format Document');
    // Three spaces: the editor's tab size in this session.
    await pollUntil(
      () => vs.lineText(2),
      (text) => text === '   "schemaVersion": "1.0",',
      'the formatted second line',
    );
    assert.equal(await vs.lineText(4), '   "occupation": {');
    // JSON's grammar colours it: a property name and a text value get different token colours.
    const colours = await vs.activeEditor().evaluate((editor) => {
      const line = Array.from(editor.querySelectorAll('.view-lines .view-line')).find((l) => l.textContent?.includes('"schemaVersion"'));
      return Array.from(line?.querySelectorAll('span > span') ?? []).map((span) => [span.textContent, getComputedStyle(span).color]);
    });
    const colourOf = (text: string) => colours.find(([t]) => t?.includes(text))?.[1];
    assert.ok(colourOf('schemaVersion') && colourOf('1.0') && colourOf('schemaVersion') !== colourOf('1.0'), JSON.stringify(colours));
    assert.equal(await vs.lineText(5), '      "soc": "11-9179.01",');

    // The outline (Go to Symbol in Editor) lists the framework's parts.
    const symbols = await vs.quickOpen('@', (labels) => labels.some((l) => l.includes('Emerging')), 'the symbols of odd.framework.json');
    assert.ok(
      symbols.some((l) => l.startsWith('Occupation')),
      JSON.stringify(symbols),
    );
    await vs.dismissQuickInput();

    // Fold All folds the objects: the occupation's fields leave the view.
    await vs.focusEditor();
    await vs.runCommand('Fold All');
    await pollUntil(
      () =>
        vs.lineText(5).then(
          () => 'shown',
          () => 'hidden',
        ),
      (state) => state === 'hidden',
      'line 5 folded away',
    );
    await vs.runCommand('Unfold All');
    await pollUntil(
      () => vs.lineText(5),
      (text) => text === '      "soc": "11-9179.01",',
      'line 5 back in view',
    );
  });

  it('switches a JSON file that is a framework by its content to the framework language', async function () {
    const vs = session();
    // The earlier tests' files leave the Problems panel (their rows would crowd the list this test reads).
    await vs.runCommand('File: Save All'); // the formatted file: closing it unsaved would ask
    await vs.runCommand('View: Close All Editors');
    await vs.waitForProblems((all) => !all.some((p) => p.file === TRUST), `no rows of ${TRUST}`);
    await vs.openFile('export-43-9199.00.json');
    await pollUntil(
      () => vs.languageMode(),
      (mode) => mode === 'NSX Framework (JSON)',
      'the export switched to NSX Framework (JSON)',
    );
    const rows = await vs.waitForProblems((all) => all.some((p) => p.file === 'export-43-9199.00.json'), 'the finding of the export');
    assert.deepEqual(
      rows.filter((p) => p.file === 'export-43-9199.00.json').map((p) => [p.source, p.code]),
      [[SOURCE, 'context-job-zone']],
    );
  });

  it('New Framework File asks the SOC code (checked as typed), title, Job Zone and form, then opens the skeleton and its preview', async function () {
    const vs = session();
    await vs.runCommand('NSX Framework: New Framework File...');
    const input = vs.page.locator('.quick-input-widget input');
    const message = vs.page.locator('.quick-input-widget .quick-input-message');
    await input.fill('11-917');
    await pollUntil(
      () => message.innerText(),
      (t) => t.includes('NN-NNNN.NN'),
      'the SOC format message',
    );
    await input.fill('11-9179.00');
    await pollUntil(
      () => message.innerText(),
      (t) => t.includes('Management Occupations'),
      'the SOC major group',
    );
    await vs.press('Enter');
    await pollUntil(
      () => vs.page.locator('.quick-input-widget .quick-input-title').innerText(),
      (t) => t.includes('(2/4)'),
      'the title step',
    );
    await input.fill('Personal Service Managers, All Other');
    await vs.press('Enter');
    await chooseRow(vs, '4 · Considerable Preparation');
    await chooseRow(vs, 'JSON');

    await vs.waitForActiveTab('Untitled-1');
    await pollUntil(
      () => vs.languageMode(),
      (mode) => mode === 'NSX Framework (JSON)',
      'the new file in NSX Framework (JSON)',
    );
    // The first tab stop (Context covered) is selected: typing replaces it; Tab moves to the first Emerging statement.
    await vs.page.keyboard.type('This framework covers personal service management.');
    await vs.press('Tab');
    await vs.page.keyboard.type('Budget drafts — compile them under guidance.');
    const frame = await vs.webviewFrame('main.nsx-page h1');
    const page = await pollUntil(
      () => frame.evaluate(() => document.body.innerText),
      (t) => t.includes('Budget drafts') && t.includes('personal service management'),
      'the preview of the new framework',
    );
    assert.ok(page.includes('Personal Service Managers, All Other'), page);
    assert.ok(page.includes('Considerable Preparation'), page);
  });

  it('New Framework File on a folder in the Explorer creates <soc>.framework.md there', async function () {
    const vs = session();
    const folder = vs.page.locator('.explorer-folders-view .monaco-list-row[aria-label^="folder"]').first();
    await folder.click({ button: 'right' });
    const item = vs.page.locator('.context-view .action-item', { hasText: 'New Framework File...' }).first();
    await item.click();
    const input = vs.page.locator('.quick-input-widget input');
    await input.fill('15-1252.00');
    await vs.press('Enter');
    await pollUntil(
      () => vs.page.locator('.quick-input-widget .quick-input-title').innerText(),
      (t) => t.includes('(2/4)'),
      'the title step',
    );
    await input.fill('Software Developers');
    await vs.press('Enter');
    await chooseRow(vs, 'None');
    await chooseRow(vs, 'Markdown');
    await vs.waitForActiveTab('15-1252.00.framework.md');
    const file = path.join(vs.workspace, 'folder', '15-1252.00.framework.md');
    const written = await pollUntil(
      async () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''),
      (t) => t !== '',
      'the new file on disk',
    );
    assert.match(written, /^---\nschemaVersion: "1\.0"\n/);
    assert.match(written, /\n {2}soc: "15-1252\.00"\n {2}title: "Software Developers"\n {2}group: "Computer and Mathematical"\n/);
    assert.match(written, /\n## Emerging\n1\. Emerging headline — /);
    const frame = await vs.webviewFrame('main.nsx-page h1');
    await pollUntil(
      () => frame.evaluate(() => document.body.innerText),
      (t) => t.includes('Software Developers'),
      'the preview of the new Markdown framework',
    );
  });
});

/** Clicks the quick pick row whose label starts with `label` and waits for the list to change. */
async function chooseRow(vs: VsCodeSession, label: string): Promise<void> {
  const row = vs.page.locator(`.quick-input-list .monaco-list-row[aria-label^="${label.replace(/["\\]/g, '\\$&')}"]`).first();
  await row.waitFor();
  await row.click();
  await row.waitFor({ state: 'detached' }).catch(() => undefined);
}
