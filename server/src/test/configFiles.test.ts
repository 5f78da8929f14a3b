import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ConfigFiles } from '../workspace/configFiles';
import { fileUri } from '../workspace/files';

describe('config: finding .nsxframework.json', () => {
  let dir: string;
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  const rules = (code: string) => `{ "rules": { "${code}": "off" } }`;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'nsx-config-'));
    write('.nsxframework.json', rules('duplicate-key'));
    write('ws/.nsxframework.json', rules('unknown-key'));
    write('ws/team/.nsxframework.json', rules('statement-final-period'));
    write('ws/team/sub/a.framework.json', '{}');
    write('ws/other/deep/b.framework.json', '{}');
    write('ws/bare/c.framework.json', '{}');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const at = (found: { path: string } | undefined) => (found ? path.relative(dir, found.path) : undefined);

  it("the nearest one from the file's folder upward wins (no merging)", () => {
    const files = new ConfigFiles();
    const found = files.find(path.join(dir, 'ws/team/sub/a.framework.json'));
    assert.equal(at(found), path.join('ws', 'team', '.nsxframework.json'));
    assert.deepEqual(Object.keys(found!.config.rules), ['statement-final-period']);
    assert.equal(at(files.find(path.join(dir, 'ws/other/deep/b.framework.json'))), path.join('ws', '.nsxframework.json'));
  });

  it('stops at the workspace folder (the editor), or goes up to the root (the command line)', () => {
    const files = new ConfigFiles();
    rmSync(path.join(dir, 'ws', '.nsxframework.json'));
    assert.equal(at(files.find(path.join(dir, 'ws/bare/c.framework.json'), path.join(dir, 'ws'))), undefined);
    assert.equal(at(files.find(path.join(dir, 'ws/bare/c.framework.json'))), '.nsxframework.json');
    // A file outside the stopping folder looks in its own folder only.
    assert.equal(at(files.find(path.join(dir, 'ws/team/sub/a.framework.json'), path.join(dir, 'elsewhere'))), undefined);
    assert.equal(
      at(files.find(path.join(dir, 'ws/team/x.framework.json'), path.join(dir, 'elsewhere'))),
      path.join('ws', 'team', '.nsxframework.json'),
    );
  });

  it('caches what it read until told the file changed (reload)', () => {
    const files = new ConfigFiles();
    const file = path.join(dir, 'ws/team/sub/a.framework.json');
    assert.deepEqual(Object.keys(files.find(file)!.config.rules), ['statement-final-period']);
    write('ws/team/.nsxframework.json', rules('duplicate-soc'));
    assert.deepEqual(Object.keys(files.find(file)!.config.rules), ['statement-final-period'], 'cached');
    files.invalidate(path.join(dir, 'ws/team/.nsxframework.json'));
    assert.deepEqual(Object.keys(files.find(file)!.config.rules), ['duplicate-soc']);
    // Deleted: the next one up applies.
    rmSync(path.join(dir, 'ws/team/.nsxframework.json'));
    files.invalidate(path.join(dir, 'ws/team/.nsxframework.json'));
    assert.equal(at(files.find(file)), path.join('ws', '.nsxframework.json'));
    // Created where there was none.
    write('ws/team/sub/.nsxframework.json', rules('markdown-title'));
    files.invalidate(path.join(dir, 'ws/team/sub/.nsxframework.json'));
    assert.equal(at(files.find(file)), path.join('ws', 'team', 'sub', '.nsxframework.json'));
  });

  it("uses an open editor's text over the disk's, as it is typed", () => {
    let open: string | undefined = rules('json-comment');
    const configUri = fileUri(path.join(dir, 'ws/team/.nsxframework.json'));
    const files = new ConfigFiles({ openText: (uri) => (uri === configUri ? open : undefined) });
    const file = path.join(dir, 'ws/team/sub/a.framework.json');
    assert.deepEqual(Object.keys(files.find(file)!.config.rules), ['json-comment']);
    open = '{ "rules": { "json-comment": "of" } }';
    assert.deepEqual([Object.keys(files.find(file)!.config.rules), files.find(file)!.config.diagnostics.length], [[], 1]);
    open = undefined;
    assert.deepEqual(Object.keys(files.find(file)!.config.rules), ['statement-final-period']);
  });

  it('loads an explicit file (--config), or says why not', () => {
    const files = new ConfigFiles();
    write('custom.json', rules('duplicate-soc'));
    const loaded = files.load(path.join(dir, 'custom.json'));
    assert.ok(!('error' in loaded) && Object.keys(loaded.config.rules)[0] === 'duplicate-soc');
    assert.deepEqual(files.load(path.join(dir, 'missing.json')), { error: 'no such file' });
  });
});
