/**
 * End to end: the workspace features in a real VS Code: a framework found by SOC code or title through
 * Go to Symbol in Workspace (`#` in Quick Open), and the duplicate-SOC warning in the Problems panel.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES_DIR } from '../../../../scripts/e2e-env.mjs';
import { type VsCodeSession, useVsCode } from './harness';

/**
 * A framework without findings of its own: the 43-9199.00 export, pretty-printed, under another SOC code and title,
 * with the Job Zone its contextCovered names (the export's one known finding).
 */
function framework(soc: string, title: string): string {
  const data = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, 'export-43-9199.00.json'), 'utf8'));
  data.occupation.jobZone = 3;
  data.occupation.soc = soc;
  data.occupation.title = title;
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** With NSX_SCREENSHOTS=<dir>, saves what the user sees at this step there (the README's pictures come from here). */
async function readmeShot(vs: VsCodeSession, name: string): Promise<void> {
  const dir = process.env.NSX_SCREENSHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await vs.page.screenshot({ path: path.join(dir, `${name}.png`) });
}

describe('workspace features in VS Code', function () {
  const session = useVsCode({
    name: 'workspace',
    files: {
      'team/developers.framework.json': framework('15-1252.00', 'Software Developers'),
      'archive/developers-2025.framework.json': framework('15-1252.00', 'Software Developers (2025)'),
      'team/testers.framework.json': framework('15-1253.00', 'Software Quality Assurance Analysts and Testers'),
    },
  });

  it('finds frameworks of files not open by SOC code and by title, and opens the one picked', async function () {
    const vs = session();
    // The extension starts with the first framework file opened; the index then covers the whole workspace.
    await vs.openFile('testers.framework.json');
    const bySoc = await vs.quickOpen('#15-1252', (rows) => rows.length >= 2, 'two symbols for 15-1252');
    assert.ok(
      bySoc.every((r) => r.includes('15-1252.00')),
      JSON.stringify(bySoc),
    );
    assert.ok(
      bySoc.some((r) => r.includes('Software Developers (2025)')),
      JSON.stringify(bySoc),
    );
    await readmeShot(vs, 'workspace-symbols');

    const byTitle = await vs.quickOpen(
      '#quality assurance',
      (rows) => rows.some((r) => r.includes('15-1253.00')),
      'the testers framework by title',
    );
    assert.ok(
      byTitle.some((r) => r.includes('Software Quality Assurance Analysts and Testers')),
      JSON.stringify(byTitle),
    );

    await vs.quickOpen('#Software Developers (2025)', (rows) => rows.length === 1, 'one symbol for the 2025 title');
    await vs.press('Enter');
    await vs.page.locator('.tabs-container .tab.active[aria-label*="developers-2025.framework.json"]').waitFor();
  });

  it('warns in the Problems panel when another file of the workspace declares the same SOC code', async function () {
    const vs = session();
    await vs.openFile('developers.framework.json');
    const rows = await vs.waitForProblems(
      (all) => all.some((p) => p.file === 'developers.framework.json' && p.code === 'duplicate-soc'),
      'the duplicate-soc warning in developers.framework.json',
    );
    const [row] = rows.filter((p) => p.file === 'developers.framework.json' && p.source === 'nsx-framework');
    assert.deepEqual(
      [row.severity, row.code, row.message, row.line],
      ['warning', 'duplicate-soc', 'SOC code 15-1252.00 is also declared in ../archive/developers-2025.framework.json', 5],
    );
    await readmeShot(vs, 'duplicate-soc');
  });
});
