/**
 * End to end: `.nsxframework.json` in a real VS Code (code-server + Chromium). A configuration file opens in its own
 * language, shows each of its problems once (ours, not VS Code's JSON support's too) and completes rule codes. The
 * user sees a finding, chooses "Turn off `<code>` in .nsxframework.json" from the Control+. menu, and the
 * configuration file is written in the workspace folder and the squiggle goes.
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

/** A team's configuration in a folder of its own, with a misspelt severity. */
const TEAM_CONFIG = 'team/.nsxframework.json';
const TEAM_TEXT = '{\n  // The team\'s rules.\n  "rules": {\n    "statement-final-period": "of",\n    \n  }\n}\n';

describe('.nsxframework.json in VS Code', function () {
  const session = useVsCode({ name: 'config', files: { [FILE]: frameworkWithFinding(), [TEAM_CONFIG]: TEAM_TEXT } });

  it('opens in its own language, shows its problem once, and completes rule codes', async function () {
    const vs = session();
    await vs.openFile(CONFIG);
    await pollUntil(
      () => vs.languageMode(),
      (mode) => mode === 'NSX Framework Configuration',
      'the NSX Framework Configuration language mode',
    );
    const expected = [
      'The severity of "statement-final-period" must be "off", "error", "warning", "information" or "hint"; found "of" (did you mean "off"?)',
    ];
    const ofConfig = (rows: { file: string; message: string; source: string | undefined }[]) =>
      rows.filter((r) => r.file === CONFIG).map((r) => `${r.source} ${r.message}`);
    await vs.waitForProblems((rows) => ofConfig(rows).length > 0, `a problem in ${TEAM_CONFIG}`);

    // Completion of a new rule: the codes, in order (the rows in view), without the one already set.
    const rows = await vs.complete(5, 5, (r) => r.some((s) => s.label === 'context-job-zone'));
    assert.deepEqual(
      rows.slice(0, 3).map((r) => r.label),
      ['context-job-zone', 'duplicate-domain', 'duplicate-key'],
    );
    await vs.press('Escape');

    // By now VS Code's JSON support would have checked the file too: the problem is still shown once, ours.
    assert.deepEqual(
      ofConfig(await vs.problems()),
      expected.map((m) => `nsx-framework ${m}`),
    );
    await vs.runCommand('View: Close Editor');
    await vs.waitForProblems((rows) => ofConfig(rows).length === 0, `no problem shown for the closed ${TEAM_CONFIG}`);
  });

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
