import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { cli } from './cliUtil';
import { escapeGithubData, escapeGithubProperty, formatGithubLine } from '../cli/formats';
import { frameworkText, span } from './util';

/** One `statement-final-period` warning (the first Emerging statement) and nothing else. */
const noPeriod = (soc: string) =>
  frameworkText({
    occupation: { soc },
    framework: { levels: { emerging: { statements: ['Emerging headline one — body of it', 'Emerging headline two — body of two.'] } } },
  });
const NO_PERIOD = noPeriod('11-9179.00');
/** Where the finding is: the statement's last character. */
const PERIOD_AT = span(NO_PERIOD, 't', { after: 'body of i' }).split('-')[0];
const MESSAGE = 'A level statement ends with a period';

/** The parts of a SARIF log the tests read (the schema checks the whole). */
interface SarifLog {
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string }[] } };
    originalUriBaseIds: unknown;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: unknown; region: unknown } }[];
    }[];
  }[];
}

describe('CLI: .nsxframework.json', () => {
  let dir: string;
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'nsx-cli-config-'));
    write('a.framework.json', NO_PERIOD);
    write('drafts/b.framework.json', noPeriod('43-9199.00'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('without a configuration, reports the default findings', async () => {
    const run = await cli(['lint', '.'], dir);
    assert.deepEqual(
      [run.code, run.stdout.split('\n')],
      [
        0,
        [
          `a.framework.json:${PERIOD_AT} warning statement-final-period ${MESSAGE}`,
          `${path.join('drafts', 'b.framework.json')}:${PERIOD_AT} warning statement-final-period ${MESSAGE}`,
          '0 errors, 2 warnings in 2 of 2 files',
          '',
        ],
      ],
    );
  });

  it('applies the nearest configuration and its overrides, as the editor does', async () => {
    write(
      '.nsxframework.json',
      '{\n  // errors here\n  "rules": { "statement-final-period": "error" },\n  "overrides": [{ "files": ["drafts/**"], "rules": { "statement-final-period": "off" } }]\n}\n',
    );
    const run = await cli(['lint', '.'], dir);
    // The configuration counts as a checked file.
    assert.deepEqual(
      [run.code, run.stdout.split('\n')],
      [1, [`a.framework.json:${PERIOD_AT} error statement-final-period ${MESSAGE}`, '1 error, 0 warnings in 1 of 3 files', '']],
    );
    // A nearer file wins over it, whole (no merging).
    write('drafts/.nsxframework.json', '{ "rules": { "statement-final-period": "hint" } }');
    const nearer = await cli(['lint', 'drafts'], dir);
    assert.equal(
      nearer.stdout.split('\n')[0].split(' ').slice(0, 3).join(' '),
      `${path.join('drafts', 'b.framework.json')}:${PERIOD_AT} hint statement-final-period`,
    );
    assert.equal(nearer.code, 0);
  });

  it('gives the workspace findings (duplicate-soc) the severity each file’s configuration sets, overrides included', async () => {
    write('drafts/b.framework.json', NO_PERIOD); // the same SOC code as a.framework.json
    write(
      '.nsxframework.json',
      '{ "rules": { "statement-final-period": "off" }, "overrides": [{ "files": ["drafts/**"], "rules": { "duplicate-soc": "error" } }] }',
    );
    const run = await cli(['lint', '.'], dir);
    const soc = span(NO_PERIOD, '"11-9179.00"').split('-')[0];
    assert.deepEqual(
      [run.code, run.stdout.split('\n')],
      [
        1,
        [
          `a.framework.json:${soc} warning duplicate-soc SOC code 11-9179.00 is also declared in drafts/b.framework.json`,
          `${path.join('drafts', 'b.framework.json')}:${soc} error duplicate-soc SOC code 11-9179.00 is also declared in ../a.framework.json`,
          '1 error, 1 warning in 2 of 3 files',
          '',
        ],
      ],
    );
  });

  it('--config FILE is used for every file instead of the lookup', async () => {
    write('.nsxframework.json', '{ "rules": { "statement-final-period": "error" } }');
    write('ci/strict.json', '{ "rules": { "statement-final-period": "off" } }');
    const run = await cli(['lint', '.', '--config', 'ci/strict.json'], dir);
    assert.deepEqual([run.code, run.stdout], [0, '3 files checked: no problems\n']);
    const missing = await cli(['lint', '.', '--config', 'ci/none.json'], dir);
    assert.deepEqual([missing.code, missing.stdout, missing.stderr], [2, '', 'ci/none.json: no such file\n']);
    const usage = await cli(['lint', '.', '--config'], dir);
    assert.deepEqual([usage.code, usage.stderr.split('\n')[0]], [2, 'nsx-framework: --config needs a value']);
  });

  it('reports a bad configuration (exit 1) and goes on with its valid parts and the defaults', async () => {
    const config = '{\n  "rules": {\n    "statement-final-perod": "off",\n    "duplicate-key": "warn"\n  }\n}\n';
    write('.nsxframework.json', config);
    const run = await cli(['lint', 'a.framework.json'], dir);
    const at = (needle: string) => span(config, needle).split('-')[0];
    assert.deepEqual(run.stdout.split('\n'), [
      `.nsxframework.json:${at('"statement-final-perod"')} error config-unknown-rule Unknown rule "statement-final-perod" (did you mean "statement-final-period"?)`,
      `.nsxframework.json:${at('"warn"')} error config-invalid The severity of "duplicate-key" must be "off", "error", "warning", "information" or "hint"; found "warn" (did you mean "warning"?)`,
      `a.framework.json:${PERIOD_AT} warning statement-final-period ${MESSAGE}`,
      '2 errors, 1 warning in 2 of 2 files',
      '',
    ]);
    assert.equal(run.code, 1);
    // Broken JSON: reported where it breaks, the checks go on with the defaults.
    write('.nsxframework.json', '{ "rules": { "statement-final-period": "off" ');
    const broken = await cli(['lint', 'a.framework.json', '--format', 'json'], dir);
    assert.deepEqual(
      JSON.parse(broken.stdout).map((f: { file: string; code: string; message: string }) => `${f.file} ${f.code} ${f.message}`),
      ['.nsxframework.json config-syntax Expected "}}" to close 2 objects', `a.framework.json statement-final-period ${MESSAGE}`],
    );
    assert.equal(broken.code, 1);
  });

  it('--format github prints workflow-command annotations, escaped', async () => {
    const config = '{ "rules": { "statement-final-period": "error", "nope": "off" } }';
    write('.nsxframework.json', config);
    const run = await cli(['lint', '.', '--format', 'github'], dir);
    const [line, col] = PERIOD_AT.split(':');
    const lines = run.stdout.split('\n');
    const nope = span(config, '"nope"').replace(/[:-]/g, ' ').split(' ');
    assert.equal(
      lines[0],
      `::error file=.nsxframework.json,line=${nope[0]},col=${nope[1]},endLine=${nope[2]},endColumn=${nope[3]},title=config-unknown-rule::Unknown rule "nope"`,
    );
    assert.match(
      lines[1],
      new RegExp(
        `^::error file=a\\.framework\\.json,line=${line},col=${col},endLine=${line},endColumn=${Number(col) + 1},title=statement-final-period::.+`,
      ),
    );
    assert.match(lines[2], /^::error file=drafts\/b\.framework\.json,/);
    assert.deepEqual(lines.slice(3), ['3 errors, 0 warnings in 3 of 3 files', '']);
    assert.equal(run.code, 1);
  });

  it('--format github escapes %, CR and LF in messages, and also : and , in properties', () => {
    assert.equal(escapeGithubData('50% a\r\nb: c, d'), '50%25 a%0D%0Ab: c, d');
    assert.equal(escapeGithubProperty('dir:x,y/%.json'), 'dir%3Ax%2Cy/%25.json');
    const f = {
      file: 'a:b,c.framework.json',
      line: 2,
      column: 3,
      endLine: 2,
      endColumn: 9,
      severity: 'info' as const,
      code: 'statement-too-long',
      message: 'Too long:\n40 words, 100%',
    };
    assert.equal(
      formatGithubLine(f),
      '::notice file=a%3Ab%2Cc.framework.json,line=2,col=3,endLine=2,endColumn=9,title=statement-too-long::Too long:%0A40 words, 100%25',
    );
    assert.equal(formatGithubLine({ ...f, severity: 'warning' }).slice(0, 10), '::warning ');
    assert.equal(formatGithubLine({ ...f, severity: 'hint' }).slice(0, 9), '::notice ');
  });

  it('--format sarif writes a SARIF 2.1.0 log that validates against the SARIF schema', async () => {
    write(
      '.nsxframework.json',
      '{ "rules": { "statement-final-period": "error" }, "overrides": [{ "files": ["drafts/**"], "rules": { "statement-final-period": "hint" } }] }',
    );
    write('with space/c d.framework.json', noPeriod('53-1047.00'));
    const run = await cli(['lint', '.', '--format', 'sarif'], dir);
    assert.equal(run.code, 1);
    assert.equal(run.stderr, '');
    const log = JSON.parse(run.stdout) as SarifLog;
    const schema = JSON.parse(readFileSync(path.join(__dirname, 'schemas', 'sarif-2.1.0-subset.schema.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(JSON.parse(run.stdout)), JSON.stringify(validate.errors, null, 2));

    const [driver] = [log.runs[0].tool.driver];
    assert.deepEqual(
      [driver.name, driver.version, driver.informationUri],
      ['nsx-framework', '0.1.0', 'https://github.com/nsx-tools/nsx-framework-editor#readme'],
    );
    const rule = driver.rules.find((r) => r.id === 'statement-final-period');
    assert.deepEqual(rule, {
      id: 'statement-final-period',
      shortDescription: { text: 'A core or AI-fluency statement without its final period.' },
      defaultConfiguration: { level: 'warning' },
    });
    assert.ok(driver.rules.some((r) => r.id === 'config-syntax'));
    assert.deepEqual(log.runs[0].originalUriBaseIds, { '%SRCROOT%': { uri: pathToFileURL(dir).toString() + '/' } });
    const [line, col] = PERIOD_AT.split(':').map(Number);
    const results = log.runs[0].results;
    assert.deepEqual(
      results.map((r) => [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation]),
      [
        ['statement-final-period', 'error', { uri: 'a.framework.json', uriBaseId: '%SRCROOT%' }],
        ['statement-final-period', 'note', { uri: 'drafts/b.framework.json', uriBaseId: '%SRCROOT%' }],
        ['statement-final-period', 'error', { uri: 'with%20space/c%20d.framework.json', uriBaseId: '%SRCROOT%' }],
      ],
    );
    assert.deepEqual(results[0].locations[0].physicalLocation.region, {
      startLine: line,
      startColumn: col,
      endLine: line,
      endColumn: col + 1,
    });
    assert.equal(driver.rules[results[0].ruleIndex].id, 'statement-final-period');
    assert.ok(results[0].message.text.length > 0);
  });

  it('--format sarif with no findings is a valid log with no results; a file outside the folder gets an absolute URI', async () => {
    const other = mkdtempSync(path.join(tmpdir(), 'nsx-cli-other-'));
    try {
      writeFileSync(path.join(other, 'x.framework.json'), NO_PERIOD);
      const run = await cli(['lint', path.join(other, 'x.framework.json'), '--format', 'sarif'], dir);
      const log = JSON.parse(run.stdout) as SarifLog;
      assert.deepEqual(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation, {
        uri: pathToFileURL(path.join(other, 'x.framework.json')).toString(),
      });
      writeFileSync(path.join(other, '.nsxframework.json'), '{ "rules": { "statement-final-period": "off" } }');
      const clean = await cli(['lint', path.join(other, 'x.framework.json'), '--format', 'sarif'], dir);
      assert.deepEqual([clean.code, JSON.parse(clean.stdout).runs[0].results], [0, []]);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it("--fix leaves alone what the configuration turns off, as the editor's Fix all does", async () => {
    write('.nsxframework.json', '{ "rules": { "statement-final-period": "off" } }');
    const run = await cli(['lint', '--fix', 'a.framework.json'], dir);
    assert.deepEqual(
      [run.code, run.stdout, readFileSync(path.join(dir, 'a.framework.json'), 'utf8')],
      [0, '2 files checked: no problems\n', NO_PERIOD],
    );
    rmSync(path.join(dir, '.nsxframework.json'));
    const fixed = await cli(['lint', '--fix', 'a.framework.json'], dir);
    assert.deepEqual([fixed.code, fixed.stdout], [0, '1 file checked: no problems; fixed 1 file\n']);
    assert.equal(readFileSync(path.join(dir, 'a.framework.json'), 'utf8'), NO_PERIOD.replace('body of it"', 'body of it."'));
  });

  it('rejects an unknown format', async () => {
    const run = await cli(['lint', '.', '--format', 'xml'], dir);
    assert.deepEqual([run.code, run.stderr.split('\n')[0]], [2, 'nsx-framework: --format must be text, json, sarif or github, not "xml"']);
  });
});
