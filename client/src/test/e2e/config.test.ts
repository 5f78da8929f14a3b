/**
 * End to end: `.nsxframework.json` in a real VS Code (code-server + Chromium). The user sees a finding, chooses
 * "Turn off `<code>` in .nsxframework.json" from the Control+. menu, and the configuration file is written in the
 * workspace folder and the squiggle goes.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES_DIR } from '../../../../scripts/e2e-env.mjs';
import { pollUntil, useVsCode } from './harness';

type Framework = { framework: { levels: Record<string, { statements: string[] }> }; occupation: { soc: string } };

/**
 * The finding this test turns off, and how to plant exactly one of it in the 11-9179.00 export: the first Advanced
 * statement moved into Emerging (in place of the first Emerging one, so no statement is repeated), where its wording
 * reads two levels too high.
 */
const RULE = {
  code: 'level-progression',
  squiggle: 'warning' as const,
  plant: (data: Framework) => {
    const { emerging, advanced } = data.framework.levels;
    const moved = advanced.statements.shift();
    assert.ok(moved, 'the export has Advanced statements');
    emerging.statements[0] = moved;
  },
};

const FILE = 'turn-off.framework.json';
const CONFIG = '.nsxframework.json';
const TITLE = `Turn off \`${RULE.code}\` in .nsxframework.json`;

function frameworkWithFinding(): string {
  const data = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, 'export-11-9179.00.json'), 'utf8')) as Framework;
  RULE.plant(data);
  data.occupation.soc = '11-9179.06'; // its own code: no duplicate-soc warning joins in
  return `${JSON.stringify(data, null, 2)}\n`;
}

describe('.nsxframework.json in VS Code', function () {
  const session = useVsCode({ name: 'config', files: { [FILE]: frameworkWithFinding() } });

  it('"Turn off" writes the configuration file and the squiggle goes', async function () {
    const vs = session();
    const configPath = path.join(vs.workspace, CONFIG);
    assert.equal(fs.existsSync(configPath), false, 'no configuration to begin with');
    await vs.openFile(FILE);
    await vs.waitForSquiggle(RULE.squiggle);
    const problems = await vs.waitForProblems(
      (rows) => rows.some((r) => r.file === FILE && r.code === RULE.code),
      `a ${RULE.code} problem`,
    );
    const ours = problems.filter((r) => r.file === FILE && r.source === 'nsx-framework');
    assert.deepEqual(
      ours.map((r) => r.code),
      [RULE.code],
      JSON.stringify(ours, null, 2),
    );

    const titles = await vs.quickFixesAt(ours[0].line, ours[0].column);
    assert.ok(
      titles.some((t) => t.includes(TITLE)),
      `offered: ${JSON.stringify(titles)}`,
    );
    await vs.chooseQuickFix(TITLE);

    await vs.waitForNoSquiggle(RULE.squiggle);
    await vs.waitForProblems((rows) => !rows.some((r) => r.file === FILE), `no problems in ${FILE}`);
    // The file is created at once; its text is saved with the rest (VS Code may keep a refactoring's edit unsaved).
    await pollUntil(
      async () => fs.existsSync(configPath),
      (exists) => exists,
      `${CONFIG} created`,
    );
    await vs.runCommand('File: Save All');
    const text = await pollUntil(
      async () => fs.readFileSync(configPath, 'utf8'),
      (t) => t.includes(RULE.code),
      `${CONFIG} saved`,
    );
    assert.deepEqual(JSON.parse(text), { rules: { [RULE.code]: 'off' } });
    await vs.waitForProblems(
      (rows) => !rows.some((r) => r.file === FILE || r.file === CONFIG),
      `still no problems in ${FILE} or ${CONFIG}`,
    );
  });
});
