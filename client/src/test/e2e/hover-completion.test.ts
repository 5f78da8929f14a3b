/**
 * End to end: hover and completion of the packaged extension in a real VS Code (code-server + Chromium).
 * What is asserted is what a user reads: the hover widget's text and the rows of the suggestion widget.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES_DIR } from '../../../../scripts/e2e-env.mjs';
import { positionOf, useVsCode } from './harness';

const FULL = 'example-full-11-9179.00.framework.json';
const EDITED = 'complete.framework.json';

/** The full example with the Emerging label cut to "Emer" and an empty Skills list. */
function editedFramework(): string {
  const data = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, FULL), 'utf8'));
  data.framework.levels.emerging.label = 'Emer';
  data.onetEnrichment.skills = [];
  return `${JSON.stringify(data, null, 2)}\n`;
}

describe('hover and completion in VS Code', function () {
  const edited = editedFramework();
  const session = useVsCode({ name: 'hover-completion', files: { [EDITED]: edited } });

  it("shows a citation's label, title and use count when hovering its key in a cites list", async function () {
    const vs = session();
    // The first Quick Open waits for the extension host to finish starting; on a busy machine that is slow.
    await vs.openFile(FULL, 90_000);
    const text = fs.readFileSync(path.join(FIXTURES_DIR, FULL), 'utf8');
    // The second key of a list: "safi-2026", "wef-2021" in the first Proficient AI-fluency statement.
    const { line, column } = positionOf(text, '"wef-2021"', { delta: 4, occurrence: 2 });
    // The mouse away from tabs and rows, whose own hovers ("1 problem in this file") would join the editor's.
    await vs.page.mouse.move(200, 700);
    const hover = await vs.hoverUntil(line, column, (t) => t.includes('WEF Skills Taxonomy 2021'));
    // Ours alone: framework JSON has a language of its own, so VS Code's JSON support adds no schema description.
    const ours = [
      'WEF Skills Taxonomy wef-2021',
      'WEF Skills Taxonomy 2021 — Building a Common Language for Skills at Work',
      'Defined in this file (overrides the built-in) · cited by 5 statements in this file',
    ].join('\n\n');
    assert.equal(hover, ours);
  });

  it('completes a level label and an O*NET Skills list, and the accepted label clears the error', async function () {
    const vs = session();
    await vs.openFile(EDITED);
    const label = positionOf(edited, '"label": "Emer"', { delta: '"label": "Emer'.length });
    await vs.waitForSquiggle('error', { line: label.line });

    // VS Code's own JSON support adds values seen elsewhere in the file (other "label"s); ours come first.
    const labels = await vs.complete(label.line, label.column);
    assert.deepEqual([labels[0].label, labels[0].detail, labels[0].focused], ['Emerging', 'Entry / Apprentice', true]);
    assert.deepEqual(
      labels.filter((r) => r.detail !== ''),
      [labels[0]],
    );
    await vs.acceptSuggestion('Emerging');
    assert.equal((await vs.lineText(label.line)).trim(), '"label": "Emerging",');
    await vs.waitForNoSquiggle('error');

    const skills = positionOf(edited, '"skills": []', { delta: '"skills": ['.length });
    const rows = await vs.complete(skills.line, skills.column, (r) => r.length >= 5);
    assert.deepEqual(
      rows.slice(0, 5).map((r) => [r.label, r.detail]),
      ['Reading Comprehension', 'Active Listening', 'Writing', 'Speaking', 'Mathematics'].map((name) => [name, 'O*NET 30 Skill']),
    );
    await vs.press('Escape');
  });
});
