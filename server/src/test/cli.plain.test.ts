import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CliPlugins } from '../cli/main';
import { cli, CLI_PROGRAM, runProgram } from './cliUtil';
import { baseFramework, FIXTURES } from './util';

const root = path.join(__dirname, '..', '..', '..');

/** No line of a stack trace (`    at f (file:1:2)`) and no `Error:` prefix: what an author reads is plain. */
function assertPlain(text: string): void {
  assert.doesNotMatch(text, /^\s+at /m, text.slice(0, 2000));
  assert.doesNotMatch(text, /\b[A-Z]\w*Error: /, text.slice(0, 2000));
}

/**
 * A framework whose 2,999 statements have two warnings each and whose last two problems are errors (a number for a
 * statement, an object never closed): 6,000 problems, the errors past the first 5,000 by position.
 */
function cappedFramework(): string {
  const f = baseFramework() as { framework: { levels: { emerging: { statements: string[] } } } };
  f.framework.levels.emerging.statements = Array.from({ length: 3_000 }, (_, i) => `Headline ${i} - body`);
  return JSON.stringify(f).replace('"Headline 2999 - body"', '7').replace(/\}$/, '');
}

describe('CLI: plain messages and exit codes for bad input', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'nsx-plain-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lint reports the errors of a file with more than 5,000 problems and exits with 1', async () => {
    const text = cappedFramework();
    writeFileSync(path.join(dir, 'capped.framework.json'), text);
    const run = await cli(['lint', '--quiet', 'capped.framework.json'], dir);
    const seven = text.indexOf(',7]') + 2;
    assert.deepEqual(
      [run.code, run.stdout, run.stderr],
      [
        1,
        `capped.framework.json:1:${seven} error wrong-type Statement must be text in the form "Headline — body"; found 7\n` +
          `capped.framework.json:1:${text.length + 1} error json-syntax Expected "}" to close the object\n` +
          '2 errors, 4998 warnings, 1 info/hint in 1 of 1 file\n',
        '',
      ],
    );
  });

  it('convert refuses that file with its errors, one line each, and exits with 1', async () => {
    const text = cappedFramework();
    writeFileSync(path.join(dir, 'capped.framework.json'), text);
    const run = await cli(['convert', 'capped.framework.json', '--to', 'md'], dir);
    const seven = text.indexOf(',7]') + 2;
    assert.deepEqual(
      [run.code, run.stdout, run.stderr],
      [
        1,
        '',
        `capped.framework.json:1:${seven} error wrong-type Statement must be text in the form "Headline — body"; found 7\n` +
          `capped.framework.json:1:${text.length + 1} error json-syntax Expected "}" to close the object\n` +
          'capped.framework.json: not converted: fix the errors first\n',
      ],
    );
  });

  it('the file the fuzzer found (seed 777): more than 5,000 warnings and a syntax error; lint fails, convert refuses', async () => {
    const cwd = path.join(FIXTURES, 'cli');
    const errors =
      'errors-past-the-cap.json:1:9241 error json-syntax Expected a value (text in double quotes, a number, true, false, null, an object or a list)\n' +
      'errors-past-the-cap.json:1:9241 error json-syntax Expected "]}}}}" to close 4 objects and 1 list\n';
    const lint = await cli(['lint', '--quiet', 'errors-past-the-cap.json'], cwd);
    assert.deepEqual([lint.code, lint.stdout, lint.stderr], [1, errors + '2 errors, 4998 warnings, 1 info/hint in 1 of 1 file\n', '']);
    const convert = await cli(['convert', 'errors-past-the-cap.json', '--to', 'md'], cwd);
    assert.deepEqual(
      [convert.code, convert.stdout, convert.stderr],
      [1, '', errors + 'errors-past-the-cap.json: not converted: fix the errors first\n'],
    );
  });

  it('convert says in one line why the core declines a file (an empty framework file) and exits with 1', async () => {
    writeFileSync(path.join(dir, 'empty.framework.json'), '');
    const run = await cli(['convert', 'empty.framework.json', '--to', 'md'], dir);
    assertPlain(run.stderr);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^(empty\.framework\.json:1:1 error [^\n]+\n)*empty\.framework\.json: not converted: [^\n]+\n$/);
  });

  it('an internal error in convert is one plain line, exit 2', async () => {
    writeFileSync(path.join(dir, 'a.framework.json'), JSON.stringify(baseFramework()));
    const convertFramework: CliPlugins['convertFramework'] = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')\n    at convert (core.js:1:1)");
    };
    const run = await cli(['convert', 'a.framework.json', '--to', 'md'], dir, { plugins: { convertFramework } });
    assert.deepEqual(
      [run.code, run.stdout, run.stderr],
      [2, '', "nsx-framework: internal error: Cannot read properties of undefined (reading 'x') at convert (core.js:1:1)\n"],
    );
  });

  it('an internal error on one file in lint is one plain line for it; the other files are still reported; exit 2', async () => {
    writeFileSync(path.join(dir, 'a.framework.json'), JSON.stringify(baseFramework()).replace(' — ', ' - '));
    writeFileSync(path.join(dir, 'b.framework.json'), JSON.stringify(baseFramework()).replace(' — ', ' - '));
    const fixAll: CliPlugins['fixAll'] = (doc) => {
      if (doc.uri.endsWith('a.framework.json')) throw new Error('fix-all failed');
      return [];
    };
    const run = await cli(['lint', '--fix', 'a.framework.json', 'b.framework.json'], dir, { plugins: { fixAll } });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'a.framework.json: could not be checked (an internal error): fix-all failed\n');
    assert.match(run.stdout, /^b\.framework\.json:1:\d+ warning statement-separator [^\n]+\n0 errors, 1 warning in 1 of 1 file\n$/);
  });

  it('a search that fails (a glob the glob library rejects) is one plain line, exit 2', async () => {
    const glob = '*'.repeat(70_000);
    const run = await cli(['lint', glob], dir);
    assertPlain(run.stderr);
    assert.equal(run.code, 2);
    assert.ok(run.stderr.startsWith(`${glob}: cannot be searched: `), run.stderr.slice(-300));
    assert.equal(run.stderr.split('\n').length, 2); // one line and its end
  });
});

describe('CLI: the exit codes are documented', () => {
  it('in --help and in the README, the same three', async () => {
    const help = await cli(['--help'], root);
    assert.equal(help.code, 0);
    assert.ok(
      help.stdout.endsWith(
        'Exit codes:\n' +
          '  0  clean, or warnings only (up to --max-warnings); convert wrote the conversion\n' +
          '  1  findings with errors, or more warnings than --max-warnings; convert refused the file\n' +
          '  2  usage or I/O error (bad arguments, nothing found, a file that cannot be read or written), or an internal error\n',
      ),
      help.stdout,
    );
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| ([0-2]) \| ([^|]+) \|$/gm)].map((m) => [m[1], m[2].trim().split(/[;,]/)[0]]);
    assert.deepEqual(rows, [
      ['0', 'clean'],
      ['1', 'findings with errors'],
      ['2', 'usage error (unknown option'],
    ]);
  });
});

describe('CLI: the program never prints a stack', function () {
  this.timeout(60_000);

  it('standard output that cannot be written (a full disk): one plain line, exit 2', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = runProgram(['--help'], { stdio: ['ignore', full, 'pipe'] });
      assertPlain(run.stderr);
      assert.deepEqual(
        [run.status, run.stderr],
        [2, 'nsx-framework: cannot write to standard output: ENOSPC: no space left on device, write\n'],
      );
    } finally {
      closeSync(full);
    }
  });

  it('an error that escapes the run (a timer, a stream): one plain line, exit 2', () => {
    const script = `process.argv.push('--version'); require(${JSON.stringify(CLI_PROGRAM)}); setTimeout(() => { throw new RangeError('late failure'); }, 0);`;
    const run = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), '-e', script], { encoding: 'utf8' });
    assertPlain(run.stderr);
    assert.deepEqual([run.status, run.stderr], [2, 'nsx-framework: internal error: late failure\n']);
  });
});
