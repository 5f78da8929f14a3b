import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { TextEdit } from 'vscode-languageserver-types';
import { pathToFileURL } from 'node:url';
import type { CliPlugins } from '../cli/main';
import { displayPath } from '../cli/io';
import { fileUri } from '../workspace/files';
import { cli, runProgram } from './cliUtil';
import { rng } from './fuzz/mutate';
import { FIXTURES, frameworkText, span } from './util';

const root = path.join(__dirname, '..', '..', '..');

const BROKEN = frameworkText({ occupation: { jobZone: 7 }, framework: { version: 'v.26.5' } });
const WARNED = frameworkText({ framework: { levels: { emerging: { statements: ['Headline - body of it.', 'Second — body.'] } } } });

/** `L:C` of a needle, as the CLI prints it. */
const at = (text: string, needle: string, after?: string) => span(text, needle, { after }).split('-')[0];
const ZONE = at(BROKEN, '7', '"jobZone": ');

describe('CLI: nsx-framework lint', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'nsx-cli-'));
    mkdirSync(path.join(dir, 'frameworks', 'nested'), { recursive: true });
    mkdirSync(path.join(dir, 'node_modules', 'dep'), { recursive: true });
    writeFileSync(path.join(dir, 'frameworks', 'broken.framework.json'), BROKEN);
    writeFileSync(
      path.join(dir, 'frameworks', 'nested', 'warned.framework.json'),
      frameworkText({ occupation: { soc: '43-9199.00' } }).replace('"Emerging headline one — ', '"Emerging headline one - '),
    );
    writeFileSync(path.join(dir, 'frameworks', 'by-content.json'), frameworkText({ occupation: { soc: '53-1047.00' } }));
    writeFileSync(path.join(dir, 'frameworks', 'package.json'), '{ "name": "x", "version": "1.0.0" }');
    writeFileSync(path.join(dir, 'node_modules', 'dep', 'x.framework.json'), '{ broken');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints path:line:col severity code message per finding and a summary; exit 1 on errors', async () => {
    const run = await cli(['lint', 'frameworks'], dir);
    const warned = readFileSync(path.join(dir, 'frameworks', 'nested', 'warned.framework.json'), 'utf8');
    assert.equal(
      run.stdout,
      [
        `${path.join('frameworks', 'broken.framework.json')}:${ZONE} error out-of-range Job Zone must be 1–5 or null; found 7`,
        `${path.join('frameworks', 'broken.framework.json')}:${at(BROKEN, '"v.26.5"')} error invalid-format Framework version must be v.YY.MM, e.g. "v.26.05"; found "v.26.5"`,
        `${path.join('frameworks', 'nested', 'warned.framework.json')}:${at(warned, ' - ')} warning statement-separator Separate the headline from the body with " — " (space, em dash, space), not " - " (a hyphen)`,
        '2 errors, 1 warning in 2 of 3 files',
        '',
      ].join('\n'),
    );
    assert.equal(run.code, 1);
    assert.equal(run.stderr, '');
  });

  it('--format json prints one JSON array of findings with 1-based positions', async () => {
    const run = await cli(['lint', '--format', 'json', 'frameworks/broken.framework.json'], dir);
    const [line, column] = ZONE.split(':').map(Number);
    assert.deepEqual(JSON.parse(run.stdout)[0], {
      file: path.join('frameworks', 'broken.framework.json'),
      line,
      column,
      endLine: line,
      endColumn: column + 1,
      severity: 'error',
      code: 'out-of-range',
      message: 'Job Zone must be 1–5 or null; found 7',
    });
    assert.equal(JSON.parse(run.stdout).length, 2);
    assert.equal(run.code, 1);
    assert.deepEqual(JSON.parse((await cli(['lint', '--format=json', 'frameworks/by-content.json'], dir)).stdout), []);
  });

  it('--quiet reports errors only; exit 0 when only warnings', async () => {
    writeFileSync(path.join(dir, 'warned.framework.json'), WARNED);
    const quiet = await cli(['lint', '--quiet', 'warned.framework.json'], dir);
    assert.deepEqual([quiet.code, quiet.stdout], [0, '0 errors, 1 warning in 1 of 1 file\n']);
    const loud = await cli(['lint', 'warned.framework.json'], dir);
    assert.equal(
      loud.stdout.split('\n')[0],
      `warned.framework.json:${at(WARNED, ' - ')} warning statement-separator Separate the headline from the body with " — " (space, em dash, space), not " - " (a hyphen)`,
    );
    const errors = await cli(['lint', '-q', 'frameworks'], dir);
    assert.deepEqual(
      errors.stdout
        .split('\n')
        .slice(0, -2)
        .map((l) => l.split(' ')[2]),
      ['out-of-range', 'invalid-format'],
    );
    assert.equal(errors.stdout.split('\n').at(-2), '2 errors, 1 warning in 2 of 3 files');
  });

  it('--max-warnings N fails the run when there are more warnings than N', async () => {
    writeFileSync(path.join(dir, 'warned.framework.json'), WARNED);
    assert.equal((await cli(['lint', '--max-warnings', '1', 'warned.framework.json'], dir)).code, 0);
    const over = await cli(['lint', '--max-warnings', '0', 'warned.framework.json'], dir);
    assert.equal(over.code, 1);
    assert.match(over.stdout, /1 warning in 1 of 1 file \(more than --max-warnings 0\)\n$/);
  });

  it('searches directories for frameworks by name and by content, skipping other JSON and node_modules', async () => {
    const run = await cli(['lint', '--format', 'json', '.'], dir);
    assert.deepEqual([...new Set(JSON.parse(run.stdout).map((f: { file: string }) => f.file))].sort(), [
      path.join('frameworks', 'broken.framework.json'),
      path.join('frameworks', 'nested', 'warned.framework.json'),
    ]);
    assert.match((await cli(['lint', '.'], dir)).stdout, /in 2 of 3 files\n$/);
  });

  it('expands globs, and checks an explicitly named file whatever it holds', async () => {
    const glob = await cli(['lint', 'frameworks/**/*.framework.json'], dir);
    assert.match(glob.stdout, /in 2 of 2 files\n$/);
    const named = await cli(['lint', 'frameworks/package.json'], dir);
    assert.equal(named.code, 1);
    assert.match(named.stdout, /package\.json:1:1 error missing-property Missing required property "exportedAt"/);
  });

  it('warns when two of the checked files declare the same SOC code', async () => {
    writeFileSync(path.join(dir, 'frameworks', 'copy.framework.json'), frameworkText({ occupation: { soc: '53-1047.00' } }));
    const run = await cli(['lint', 'frameworks'], dir);
    assert.ok(
      run.stdout.includes(
        `${path.join('frameworks', 'copy.framework.json')}:${at(frameworkText(), '"11-9179.00"')} warning duplicate-soc SOC code 53-1047.00 is also declared in by-content.json`,
      ),
      run.stdout,
    );
    assert.ok(
      run.stdout.includes(
        `${path.join('frameworks', 'by-content.json')}:5:12 warning duplicate-soc SOC code 53-1047.00 is also declared in copy.framework.json`,
      ),
      run.stdout,
    );
  });

  it('exits with 2 on usage and I/O errors', async () => {
    const missing = await cli(['lint', 'nope.json', 'frameworks/broken.framework.json'], dir);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'nope.json: no such file or directory\n');
    assert.match(missing.stdout, /2 errors/); // the files that exist are still checked
    assert.equal((await cli(['lint', 'frameworks/*.nothing'], dir)).code, 2);
    const usage = await cli(['lint', '--max-warnings', 'many', 'frameworks'], dir);
    assert.deepEqual(
      [usage.code, usage.stderr],
      [2, 'nsx-framework: --max-warnings must be a whole number of 0 or more, not "many"\nRun "nsx-framework --help" for usage.\n'],
    );
    assert.equal((await cli(['lint'], dir)).code, 2);
    assert.equal((await cli(['frobnicate', 'x'], dir)).code, 2);
    assert.equal((await cli(['lint', '--format', 'xml', 'x'], dir)).code, 2);
    const none = await cli(['lint', 'frameworks/package.json', '--fix'], dir, { plugins: {} });
    assert.deepEqual([none.code, none.stderr.split('\n')[0]], [2, 'nsx-framework: --fix is not available in this build']);
    mkdirSync(path.join(dir, 'empty'));
    writeFileSync(path.join(dir, 'empty', 'plain.json'), '{}');
    const empty = await cli(['lint', 'empty'], dir);
    assert.deepEqual([empty.code, empty.stderr], [2, 'No framework files found.\n']);
  });

  it('--help and --version', async () => {
    const help = await cli(['--help'], dir);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage:\n {2}nsx-framework lint <files\|dirs\|globs>/);
    const version = await cli(['--version'], dir);
    assert.equal(version.stdout, `${JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version}\n`);
  });

  it('shows a progress bar on a terminal for more than 50 files, and never elsewhere', async () => {
    mkdirSync(path.join(dir, 'many'));
    for (let i = 0; i < 51; i++)
      writeFileSync(
        path.join(dir, 'many', `f${String(i).padStart(2, '0')}.framework.json`),
        frameworkText({ occupation: { soc: `11-${1000 + i}.00` } }),
      );
    const tty = await cli(['lint', 'many'], dir, { tty: true });
    assert.ok(tty.stderr.includes('51/51 files'), JSON.stringify(tty.stderr.slice(-80)));
    assert.ok(tty.stderr.endsWith('\r\x1b[K'), 'the bar is cleared');
    assert.equal(tty.stdout, '51 files checked: no problems\n');
    assert.equal((await cli(['lint', 'many'], dir, { tty: false })).stderr, '');
    rmSync(path.join(dir, 'many', 'f50.framework.json'));
    assert.equal((await cli(['lint', 'many'], dir, { tty: true })).stderr, '');
  });

  it('--fix writes the fixes of the fix-all plugin, then reports what remains', async () => {
    const file = path.join(dir, 'warned.framework.json');
    writeFileSync(file, WARNED);
    // A stand-in for the editor's "Fix all": replaces the hyphen the statement-separator finding points at.
    const fixAll: CliPlugins['fixAll'] = (_doc, diagnostics) =>
      diagnostics.filter((d) => d.code === 'statement-separator').map((d): TextEdit => ({ range: d.range, newText: ' — ' }));
    const run = await cli(['lint', '--fix', 'warned.framework.json'], dir, { plugins: { fixAll } });
    assert.deepEqual([run.code, run.stdout], [0, '1 file checked: no problems; fixed 1 file\n']);
    assert.equal(readFileSync(file, 'utf8'), WARNED.replace('Headline - body', 'Headline — body'));
  });

  it('--fix writes nothing that would break the file or drop a statement', async () => {
    const file = path.join(dir, 'warned.framework.json');
    writeFileSync(file, WARNED);
    const dropLine: CliPlugins['fixAll'] = (_doc, diagnostics) => [
      {
        range: {
          start: { line: diagnostics[0].range.start.line, character: 0 },
          end: { line: diagnostics[0].range.start.line + 1, character: 0 },
        },
        newText: '',
      },
    ];
    const dropped = await cli(['lint', '--fix', 'warned.framework.json'], dir, { plugins: { fixAll: dropLine } });
    assert.deepEqual([dropped.code, dropped.stderr], [2, 'warned.framework.json: fixes not written: they would drop 1 of 8 statements\n']);
    const breakIt: CliPlugins['fixAll'] = () => [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: '[' },
    ];
    const broken = await cli(['lint', '--fix', 'warned.framework.json'], dir, { plugins: { fixAll: breakIt } });
    assert.deepEqual([broken.code, broken.stderr], [2, 'warned.framework.json: fixes not written: they would break the file\n']);
    assert.equal(readFileSync(file, 'utf8'), WARNED);
  });
});

describe('CLI: file names in the report', () => {
  // The usual path takes a shortcut; each answer must be the one path.relative and pathToFileURL give.
  it('names a file relative to the working directory, and its URI, as path.relative and pathToFileURL do', () => {
    const parts = [
      'a',
      'b',
      'work',
      'frameworks',
      'a.framework.json',
      'x.md',
      '.hidden',
      '.',
      '..',
      '',
      'a b',
      'é',
      '%41',
      '#x',
      '?q',
      'a~b',
      '..foo',
      'A-Z_0',
    ];
    const r = rng(3);
    const randomPath = () => '/' + Array.from({ length: 1 + Math.floor(r() * 4) }, () => parts[Math.floor(r() * parts.length)]).join('/');
    const slow = (file: string, cwd: string) => {
      const rel = path.relative(cwd, file);
      return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
    };
    for (let n = 0; n < 5000; n++) {
      const cwd = r() < 0.1 ? '/' : randomPath();
      const file = r() < 0.6 ? cwd + randomPath() : randomPath();
      assert.equal(displayPath(file, cwd), slow(file, cwd), `${file} from ${cwd}`);
      assert.equal(fileUri(file), pathToFileURL(file).toString(), file);
    }
    assert.equal(displayPath('/home/me/p/a.framework.json', '/home/me/p'), 'a.framework.json');
    assert.equal(displayPath('/home/me/other/a.framework.json', '/home/me/p'), '/home/me/other/a.framework.json');
    assert.equal(fileUri('/home/me/p/a.framework.json'), 'file:///home/me/p/a.framework.json');
  });
});

describe('CLI: nsx-framework convert', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'nsx-convert-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const convertFramework: CliPlugins['convertFramework'] = (doc, to) => `converted ${path.basename(doc.uri)} to ${to}\n`;

  it('writes the conversion to -o, or to standard output', async () => {
    writeFileSync(path.join(dir, 'a.framework.json'), frameworkText());
    const out = await cli(['convert', 'a.framework.json', '--to', 'md', '-o', 'a.framework.md'], dir, { plugins: { convertFramework } });
    assert.equal(out.code, 0);
    assert.equal(readFileSync(path.join(dir, 'a.framework.md'), 'utf8'), 'converted a.framework.json to md\n');
    const std = await cli(['convert', 'a.framework.json', '--to=md'], dir, { plugins: { convertFramework } });
    assert.deepEqual([std.code, std.stdout], [0, 'converted a.framework.json to md\n']);
  });

  it('refuses a file with errors (exit 1), the wrong direction, and a missing --to (exit 2)', async () => {
    writeFileSync(path.join(dir, 'b.framework.json'), BROKEN);
    const broken = await cli(['convert', 'b.framework.json', '--to', 'md'], dir, { plugins: { convertFramework } });
    assert.equal(broken.code, 1);
    assert.match(
      broken.stderr,
      /b\.framework\.json:\d+:\d+ error out-of-range [^\n]*\n[\s\S]*\nb\.framework\.json: not converted: fix the errors first\n$/,
    );
    assert.equal((await cli(['convert', 'b.framework.json', '--to', 'json'], dir, { plugins: { convertFramework } })).code, 2);
    assert.equal((await cli(['convert', 'b.framework.json'], dir, { plugins: { convertFramework } })).code, 2);
    const unavailable = await cli(['convert', 'b.framework.json', '--to', 'md'], dir, { plugins: {} });
    assert.deepEqual([unavailable.code, unavailable.stderr.split('\n')[0]], [2, 'nsx-framework: convert is not available in this build']);
  });
});

describe('CLI: the nsx-framework program', function () {
  this.timeout(30000);
  it('sets the exit code and prints to standard output (run through tsx on the fixtures)', () => {
    const run = (...args: string[]) => runProgram(args, { cwd: FIXTURES });
    const ok = run('lint', 'export-43-9199.00.json');
    assert.deepEqual(
      [ok.status, ok.stdout],
      [
        0,
        'export-43-9199.00.json:1:528 warning context-job-zone Context covered says "Job Zone 3", but the occupation\'s Job Zone is not set (null)\n' +
          '0 errors, 1 warning in 1 of 1 file\n',
      ],
    );
    assert.equal(run('lint', '--max-warnings', '0', 'export-43-9199.00.json').status, 1);
  });
});

describe('CLI: --fix and convert with the editor’s own fix-all and conversion', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'nsx-cli-core-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('--fix repairs a damaged export in place: the file re-validates and keeps every statement', async () => {
    const original = readFileSync(path.join(FIXTURES, 'export-11-9179.00.json'), 'utf8');
    const statements = (JSON.parse(original).framework.levels.emerging.statements as string[]).length;
    const damaged = original.replace(' — ', ' - ').replace('"label":"Developing"', '"label":"Develping"');
    assert.notEqual(damaged, original);
    writeFileSync(path.join(dir, 'x.framework.json'), damaged);
    const before = await cli(['lint', 'x.framework.json'], dir, {});
    assert.equal(before.code, 1, before.stdout);
    assert.match(before.stdout, /warning statement-separator/);
    assert.match(before.stdout, /error level-label/);
    const run = await cli(['lint', '--fix', 'x.framework.json'], dir, {});
    assert.deepEqual([run.code, run.stdout], [0, '1 file checked: no problems; fixed 1 file\n']);
    const fixed = readFileSync(path.join(dir, 'x.framework.json'), 'utf8');
    assert.equal(fixed, original);
    assert.equal((JSON.parse(fixed).framework.levels.emerging.statements as string[]).length, statements);
  });

  it('convert --to md then --to json gives back the same framework', async () => {
    const json = readFileSync(path.join(FIXTURES, 'example-full-11-9179.00.framework.json'), 'utf8');
    writeFileSync(path.join(dir, 'a.framework.json'), json);
    const toMd = await cli(['convert', 'a.framework.json', '--to', 'md', '-o', 'b.framework.md'], dir, {});
    assert.equal(toMd.code, 0, toMd.stderr);
    assert.equal(
      readFileSync(path.join(dir, 'b.framework.md'), 'utf8'),
      readFileSync(path.join(FIXTURES, 'example-full-11-9179.00.framework.md'), 'utf8'),
    );
    const back = await cli(['convert', 'b.framework.md', '--to', 'json'], dir, {});
    assert.equal(back.code, 0, back.stderr);
    assert.deepEqual(JSON.parse(back.stdout), JSON.parse(json));
  });
});
