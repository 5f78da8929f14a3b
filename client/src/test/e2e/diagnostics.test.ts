/**
 * End to end: the packaged extension's diagnostics in a real VS Code (code-server + Chromium).
 * What is asserted is what a user sees: squiggles, Problems rows, the hover over a finding.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES_DIR } from '../../../../scripts/e2e-env.mjs';
import { type Problem, useVsCode } from './harness';

const SOURCE = 'nsx-framework';
const EXPORT_43 = 'export-43-9199.00.json';
const JOB_ZONE_CONTEXT = `Context covered says "Job Zone 3", but the occupation's Job Zone is not set (null)`;
const JOB_ZONE_RANGE = 'Job Zone must be 1–5 or null; found 7';

/**
 * The 43-9199.00 export, pretty-printed, with a Job Zone out of range (on line 9: `    "jobZone": 7,`), under
 * its own SOC code (two files of a workspace with the same code get a duplicate-soc warning).
 */
function brokenFramework(soc: string): string {
  const data = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, EXPORT_43), 'utf8'));
  data.occupation.jobZone = 7;
  data.occupation.soc = soc;
  return `${JSON.stringify(data, null, 2)}\n`;
}

const ours = (problems: Problem[], file: string) => problems.filter((p) => p.file === file && p.source === SOURCE);

describe('diagnostics in VS Code', function () {
  const session = useVsCode({
    name: 'diagnostics',
    files: {
      'broken.framework.json': brokenFramework('43-9199.01'),
      'sync.framework.json': brokenFramework('43-9199.02'),
      'package-like.json': '{"name":"x","version":"1"}\n',
      'with-comment.json': '{ // c\n "a": 1 }\n',
    },
  });

  it('shows the Job Zone warning of a real export on its one line, in the editor and the Problems panel', async function () {
    const vs = session();
    await vs.openFile(EXPORT_43);
    // The export is one minified line; the finding is the "Job Zone 3" in contextCovered.
    const lines = await vs.waitForSquiggle('warning', { line: 1 });
    assert.deepEqual([...new Set(lines)], [1]);

    const problems = await vs.waitForProblems((rows) => ours(rows, EXPORT_43).length > 0, `a ${SOURCE} problem in ${EXPORT_43}`);
    const rows = ours(problems, EXPORT_43);
    assert.equal(rows.length, 1, JSON.stringify(rows, null, 2));
    const [row] = rows;
    assert.equal(row.severity, 'warning');
    assert.equal(row.message, JOB_ZONE_CONTEXT);
    assert.equal(row.code, 'context-job-zone');
    assert.ok(row.text.includes(JOB_ZONE_CONTEXT), row.text);
    assert.ok(row.text.includes('[Ln 1, Col 528]'), row.text);

    const hover = await vs.hoverAt(1, 528);
    assert.ok(hover.includes(JOB_ZONE_CONTEXT), hover);
  });

  it('updates the Problems panel as the file is edited, and again when the edit is reverted', async function () {
    const vs = session();
    const file = 'broken.framework.json';
    await vs.openFile(file);
    await vs.waitForSquiggle('error', { line: 9 });
    const before = await vs.waitForProblems((rows) => ours(rows, file).length > 0, `a ${SOURCE} problem in ${file}`);
    assert.deepEqual(
      ours(before, file).map((p) => [p.severity, p.message, p.code, p.line, p.column]),
      [['error', JOB_ZONE_RANGE, 'out-of-range', 9, 16]],
    );

    // Job Zone 3 also matches contextCovered ("calibrated to Job Zone 3"), so the file is then clean.
    await vs.replaceAll('"jobZone": 7', '"jobZone": 3');
    await vs.waitForNoSquiggle('error');
    await vs.waitForProblems((rows) => ours(rows, file).length === 0, `no ${SOURCE} problem left in ${file}`);

    await vs.runCommand('File: Revert File');
    await vs.waitForSquiggle('error', { line: 9 });
    await vs.waitForProblems((rows) => ours(rows, file).some((p) => p.message === JOB_ZONE_RANGE), `the Job Zone error back in ${file}`);
  });

  it('reports nothing of its own for JSON files that are not frameworks', async function () {
    const vs = session();
    await vs.openFile('package-like.json');
    await vs.openFile('with-comment.json');
    // VS Code's JSON support flags the comment: proof the Problems panel shows this file's findings.
    await vs.waitForProblems(
      (rows) => rows.some((p) => p.file === 'with-comment.json' && p.message.includes('Comments are not permitted')),
      `VS Code's own comment error in with-comment.json`,
    );
    // The server checks open documents in order; once a framework opened later has its findings,
    // any finding for the two files above would be showing too.
    await vs.openFile('sync.framework.json');
    const rows = await vs.waitForProblems(
      (all) => ours(all, 'sync.framework.json').length > 0,
      `a ${SOURCE} problem in sync.framework.json`,
    );
    assert.deepEqual(ours(rows, 'package-like.json'), []);
    assert.deepEqual(ours(rows, 'with-comment.json'), []);
    assert.ok(
      rows.filter((p) => p.file === 'with-comment.json').every((p) => !p.text.includes(SOURCE)),
      JSON.stringify(rows, null, 2),
    );
  });
});
