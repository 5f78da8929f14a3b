import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { SEARCH_GLOBS } from '../cli/targets';
import { FRAMEWORK_FILE_GLOB, findFiles } from '../workspace/files';

// `findFiles` is tinyglobby's search (files only, no dot folders or files, links followed), without the ignored
// folders, sorted and cut at `maxFiles`: the files the workspace index and the command line check.

/** Files (`a/b.json`) and symbolic links (`[link, target]`) under `root`. */
function makeTree(root: string, entries: readonly (string | [link: string, target: string])[]): void {
  for (const entry of entries) {
    const rel = typeof entry === 'string' ? entry : entry[0];
    const full = path.join(root, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    if (typeof entry === 'string') writeFileSync(full, rel);
    else symlinkSync(entry[1], full);
  }
}

describe('finding framework files in a folder', () => {
  let base: string;
  // Brackets, braces and spaces in the folder's own path must not count as glob syntax.
  beforeEach(() => (base = mkdtempSync(path.join(tmpdir(), 'nsx find [x] {a,b} '))));
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it('finds the files the globs name, below every folder but dependencies, version control, build output and dot folders', async () => {
    const root = path.join(base, 'root');
    makeTree(root, [
      'a.framework.json',
      'b.framework.md',
      'c.json',
      'd.md',
      'A.FRAMEWORK.JSON',
      '.dot.framework.json',
      'sub/e.framework.json',
      'sub/deeper/f.framework.md',
      'node_modules/g.framework.json',
      'sub/node_modules/h.framework.json',
      '.git/i.framework.json',
      'dist/j.framework.json',
      'out/k.framework.md',
      'sub/dist/l.framework.json',
      '.hidden/m.framework.json',
      'distx/n.framework.json',
      ['lsub', 'sub'],
      ['lfile.framework.json', 'c.json'],
      ['broken.framework.json', 'nowhere'],
    ]);
    const found = (await findFiles(root, [FRAMEWORK_FILE_GLOB])).map((f) => path.relative(root, f));
    assert.deepEqual(found, [
      'a.framework.json',
      'b.framework.md',
      'distx/n.framework.json',
      'lfile.framework.json',
      'lsub/deeper/f.framework.md',
      'lsub/e.framework.json',
      'sub/deeper/f.framework.md',
      'sub/e.framework.json',
    ]);
    // The command line's search of a folder: every JSON and Markdown file by its extension, then by content.
    const all = (await findFiles(root, SEARCH_GLOBS)).map((f) => path.relative(root, f));
    assert.ok(
      all.includes('c.json') && !all.includes('node_modules/g.framework.json') && !all.includes('.dot.framework.json'),
      all.join(', '),
    );
  });

  it('keeps the first `maxFiles` of the sorted list, and finds nothing in a folder that is missing', async () => {
    const root = path.join(base, 'root');
    makeTree(root, [
      'b.framework.json',
      'a.framework.md',
      'sub/c.framework.json',
      'sub/a.framework.md',
      'z.framework.md',
      'Z.framework.md',
      'node_modules/y.framework.md',
    ]);
    const all = [
      'Z.framework.md',
      'a.framework.md',
      'b.framework.json',
      'sub/a.framework.md',
      'sub/c.framework.json',
      'z.framework.md',
    ].map((f) => path.join(root, f));
    for (let max = 0; max <= all.length + 1; max++) assert.deepEqual(await findFiles(root, [FRAMEWORK_FILE_GLOB], max), all.slice(0, max));
    assert.deepEqual(await findFiles(path.join(root, 'missing'), [FRAMEWORK_FILE_GLOB]), []);
  });
});
