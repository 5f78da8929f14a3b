import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { glob } from 'tinyglobby';
import { SEARCH_GLOBS } from '../cli/targets';
import { FRAMEWORK_FILE_GLOB, IGNORED_FOLDERS, findFiles, walkablePatterns } from '../workspace/files';
import { rng } from './fuzz/mutate';
import { randomSimpleName } from './globUtil';

// `findFiles` walks a folder itself for globs of the form `**/<name>`; for those it must give exactly the list
// tinyglobby gives with the options it used to be called with, quirks included (a folder whose name matches
// takes every file below it, line breaks in folder names, symbolic link loops followed once).

/** What `findFiles` called before it had a walker of its own. */
async function tinyglobby(folder: string, patterns: string | string[], maxFiles = Infinity): Promise<string[]> {
  const found = await glob(patterns, { cwd: folder, absolute: true, onlyFiles: true, ignore: IGNORED_FOLDERS, dot: false });
  return found.sort().slice(0, maxFiles);
}

/** Files (`a/b.json`), empty folders (`a/`) and symbolic links (`[link, target]`, the target as written) under `root`. */
type Entry = string | [link: string, target: string];
function makeTree(root: string, entries: readonly Entry[], skipFailures = false): void {
  for (const entry of entries) {
    const rel = typeof entry === 'string' ? entry : entry[0];
    const full = path.join(root, rel);
    try {
      mkdirSync(path.dirname(full), { recursive: true });
      if (typeof entry !== 'string') symlinkSync(entry[1], full);
      else if (rel.endsWith('/')) mkdirSync(full, { recursive: true });
      else writeFileSync(full, rel);
    } catch (error) {
      if (!skipFailures) throw error;
    }
  }
}

const PATTERN_SETS: (string | string[])[] = [
  SEARCH_GLOBS,
  FRAMEWORK_FILE_GLOB,
  [FRAMEWORK_FILE_GLOB],
  [FRAMEWORK_FILE_GLOB, '**/*.json'],
  ['**/*.json'],
  ['**/*.framework.md'],
  ['**/*.md', '**/*.json', '**/*.md'],
  ['**/*'],
  ['**/d*'],
  ['**/*t'],
  ['**/*.{json,md}'],
  ['**/{a,b}*'],
  ['**/json'],
  ['**/dist'],
  ['**/a*b*'],
  ['**/x.framework.{json,md}'],
  ['**/*.JSON'],
];

describe('finding files: our walker gives what tinyglobby gave', function () {
  this.timeout(120000);
  let base: string;
  // Brackets, braces and spaces in the folder's own path must not count as glob syntax.
  beforeEach(() => (base = mkdtempSync(path.join(tmpdir(), 'nsx walk [x] {a,b} '))));
  afterEach(() => {
    chmodSync(path.join(base), 0o755);
    for (const locked of ['root/locked', 'root/sub/locked']) {
      try {
        chmodSync(path.join(base, locked), 0o755);
      } catch {
        // not made by this test
      }
    }
    rmSync(base, { recursive: true, force: true });
  });

  async function compare(root: string, patterns: string | string[], note = '') {
    const expected = await tinyglobby(root, patterns);
    assert.deepEqual(await findFiles(root, patterns), expected, `${JSON.stringify(patterns)} ${note}`);
    return expected;
  }

  it('takes the globs the code searches with, and leaves others to tinyglobby', () => {
    for (const patterns of [SEARCH_GLOBS, [FRAMEWORK_FILE_GLOB], ['**/*.json'], ['**/*.framework.md'], ['**/*.framework.{json,md}', '**/x']]) {
      assert.ok(walkablePatterns(patterns), JSON.stringify(patterns));
    }
    for (const patterns of [[], [''], ['*.json'], ['a/*.json'], ['**/a/*.json'], ['**/**'], ['**/a**'], ['**/.*'], ['**/{.a,b}'], ['!**/x'], ['**/[ab].json'], ['**/a?.json'], ['**/{a}'], ['**/{a,b}{c,d}'], ['/**/a'], ['./**/a'], ['**/a\\*'], ['**/*.json', 'a/*.json']]) {
      assert.equal(walkablePatterns(patterns), undefined, JSON.stringify(patterns));
    }
  });

  it('on a tree with ignored, dot and oddly named folders and files, links, loops and broken links', async () => {
    const root = path.join(base, 'root');
    const outside = path.join(base, 'outside');
    const tree: Entry[] = [
      'a.framework.json', 'a.framework.md', 'a.md', 'A.JSON', 'b.Json', 'c.json', 'C.FRAMEWORK.JSON', 'x.framework.json.bak', 'json', '.json',
      '.dot.json', '.dot.framework.md', 'sp ace.framework.json', 'ünï.framework.md', 'e\u0301.json', '[br].json', '{x,y}.json', '(p).md', '#h.json',
      '!b.json', '*.json', 'dist', 'sub/deeper/out', 'nl\n.json', '\nlead.json', 'tail.json\n', 'x\u2028y.json', 'cr\r.framework.md',
      'sub/a.framework.json', 'sub/deeper/deepest/z.json', 'sub/node_modules', 'sub/dist', 'sub/.hidden/h.json', '.hidden/h.json',
      '.hidden/sub/g.framework.md', 'node_modules/m.json', 'node_modules/p/q.framework.json', 'sub/x/node_modules/m.framework.json',
      'sub/x/dist/d.json', 'out/o.json', 'sub/out/o.json', '.git/g.json', 'sub/.git/g.json', 'Dist/D.json', 'OUT/o.json', 'distx/x.json',
      'Node_Modules/n.json',
      // A folder whose name matches a glob that does not end in `*`: tinyglobby takes every file below it.
      'd.json/readme.txt', 'd.json/.dot.txt', 'd.json/sub/x.y', 'd.json/node_modules/n.txt', 'd.json/dist', 'd.json/.h/x.txt', 'd.json/b\nc/x.txt',
      'sub/e.framework.md/inner/f.txt', 'sub/e.framework.md/d.json/g.txt',
      // Line breaks in folder names: `**` does not cross them; a matching folder name still takes what is below it,
      // except at the top, where tinyglobby does not enter the folder at all.
      'a\nb.json/in.txt', 'sub/a\nb.json/in.txt', 'sub/a\nb.json/node_modules/n.txt', 'sub/a\nb.json/.git/n.txt', 'sub/a\nb.json/x\ny/z.txt',
      'sub/a\nb/c.json', 'sub/a\nb/d.json/e.txt', 'sub/a\nb.json/c\nd.json/e.txt', 'sub/x\u2029y.framework.md/f.txt',
      // A file whose path is the glob itself matches it, whatever the glob says.
      '**/*.framework.{json,md}/**', '**/x.framework.{json,md}', '**/*.json/**', 'sub/**/*.framework.{json,md}/**',
      'empty/', 'sub/empty/', 'sub/deeper/empty/',
      'locked/a.json', 'sub/locked/b.framework.md',
      ['lfile.json', 'a.md'],
      ['lchain.json', 'lfile.json'],
      ['sub/lout.framework.md', path.join(outside, 'outside.txt')],
      ['ldir', 'sub'],
      ['lout', outside],
      ['sub/loop', '..'],
      ['sub/deeper/up', '../../sub'],
      ['sub/root', root],
      ['self.json', 'self.json'],
      ['broken.json', 'nowhere'],
      ['broken', 'nowhere/'],
      ['.lnk.json', 'a.md'],
      ['.ldir', 'sub'],
      ['sub/y/node_modules', outside],
      ['sub/y/dist', outside],
      ['lnode_modules', 'node_modules'],
      ['l1', path.join(outside, 'ab')],
      ['k\nl.json', outside],
      ['sub/k\nl.json', outside],
      ['sub/ld.json', 'd.json'],
      ['sub/lfolder.json', '../sub/x'],
    ];
    makeTree(root, tree);
    makeTree(outside, [
      'outside.txt', 'o.json', 'o.framework.md', 'node_modules/x.json', '.h/x.json',
      // `l1` → `ab`, then `ab/l2` → `a`: tinyglobby takes a link whose target's path begins (as a string) with
      // an enclosing link's target, or the other way round, for a loop.
      'ab/p.json', 'a/q.json', ['ab/l2', path.join(outside, 'a')], ['ab/l3', path.join(outside, 'abc')], 'abc/r.json',
    ]);
    // Folders that cannot be read (not for root, who reads them anyway).
    chmodSync(path.join(root, 'locked'), 0);
    chmodSync(path.join(root, 'sub', 'locked'), 0);

    for (const patterns of PATTERN_SETS) await compare(root, patterns);
    // Sanity: the quirks are there to be matched.
    const all = await compare(root, SEARCH_GLOBS);
    for (const rel of ['c.json', 'd.json/readme.txt', 'sub/a\nb.json/node_modules/n.txt', 'lfile.json', 'sub/loop/sub/a.framework.json', 'l1/p.json']) {
      assert.ok(all.includes(path.join(root, rel)), JSON.stringify(rel));
    }
    for (const rel of ['node_modules/m.json', 'A.JSON', '.dot.json', 'sub/loop/sub/loop/sub/a.framework.json', 'l1/l2/q.json', 'a\nb.json/in.txt']) {
      assert.ok(!all.includes(path.join(root, rel)), JSON.stringify(rel));
    }
    // The folder given as a link, with a trailing slash, or missing; a file given as the folder.
    await compare(path.join(root, 'ldir'), SEARCH_GLOBS);
    await compare(root + path.sep, SEARCH_GLOBS);
    await compare(path.join(root, 'missing'), SEARCH_GLOBS);
    await compare(path.join(root, 'c.json'), SEARCH_GLOBS);
    await compare(path.join(root, 'empty'), SEARCH_GLOBS);
  });

  // Apart, because with a named pipe in the tree tinyglobby's answer varies from run to run when links lead to links:
  // `fs.realpath`, which fdir uses, reads the last stat made in the process, and stops early if it was of a pipe.
  it('counts a link to a named pipe as a file, not the pipe itself', async function () {
    const root = path.join(base, 'root');
    makeTree(root, ['a.json', 'sub/b.json', ['lsub', 'sub'], ['sub/la.json', '../a.json']]);
    // coreutils' mkfifo (every Linux and macOS machine has it; the tests run on Linux).
    execFileSync('mkfifo', [path.join(root, 'fifo.json'), path.join(root, 'sub', 'fifo.framework.md')]);
    symlinkSync('fifo.json', path.join(root, 'lfifo.json'));
    symlinkSync('../fifo.json', path.join(root, 'sub', 'lfifo.framework.md'));
    for (let i = 0; i < 20; i++) {
      const found = await compare(root, SEARCH_GLOBS);
      assert.ok(found.includes(path.join(root, 'lfifo.json')) && !found.includes(path.join(root, 'fifo.json')));
    }
  });

  it('keeps the first `maxFiles` of the sorted list', async () => {
    const root = path.join(base, 'root');
    makeTree(root, ['b.framework.json', 'a.framework.md', 'sub/c.framework.json', 'sub/a.framework.md', 'z.framework.md', 'Z.framework.md', 'node_modules/y.framework.md']);
    const all = await tinyglobby(root, [FRAMEWORK_FILE_GLOB]);
    assert.equal(all.length, 6);
    for (let max = 0; max <= all.length + 1; max++) {
      assert.deepEqual(await findFiles(root, [FRAMEWORK_FILE_GLOB], max), all.slice(0, max));
    }
  });

  it('on random trees with random simple globs', async () => {
    const r = rng(11);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)];
    const PARTS = ['a', 'b', 'x', 'A', 'é', '.', '.json', '.md', 'json', 'md', '.framework', '.JSON', ' ', '-', '_', '*', '{', ',', '}', '\n', 'dist', 'out', 'node_modules', '.git', '[', ']'];
    const name = (): string => {
      let s = '';
      for (let n = 1 + Math.floor(r() * 3); n > 0; n--) s += pick(PARTS);
      return s === '.' || s === '..' ? 'a' + s : s;
    };
    let walked = 0;
    for (let t = 0; t < 12; t++) {
      const root = path.join(base, `t${t}`);
      const folders = [''];
      const entries: Entry[] = [];
      for (let n = 0; n < 60; n++) {
        const parent = pick(folders);
        const rel = path.join(parent, name());
        const kind = r();
        if (kind < 0.3) {
          folders.push(rel);
          entries.push(rel + '/');
        } else if (kind < 0.85) {
          entries.push(rel);
        } else {
          // A link to another folder or file of the tree (maybe an enclosing one: a loop), or to nothing.
          const target = r() < 0.6 ? pick(folders) : path.join(pick(folders), name());
          entries.push([rel, path.join(root, target)]);
        }
      }
      // An entry under a file, or on a name taken, cannot be made: skip it.
      makeTree(root, entries, true);
      for (const patterns of PATTERN_SETS) await compare(root, patterns, `tree ${t}`);
      for (let p = 0; p < 25; p++) {
        const patterns = Array.from({ length: 1 + Math.floor(r() * 2) }, () => '**/' + randomSimpleName(r));
        if (walkablePatterns(patterns)) walked++;
        await compare(root, patterns, `tree ${t}`);
      }
    }
    assert.ok(walked > 150, `${walked} random pattern sets took the walker`);
  });
});
