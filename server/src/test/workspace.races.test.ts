import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FileChangeType } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { computeWorkspaceDiagnostics, createLanguageService } from '../languageService';
import { readTextFileSync, type ReadResult } from '../workspace/files';
import { WorkspaceIndexer } from '../workspace/workspaceIndexer';
import { rng } from './fuzz/mutate';
import { frameworkText } from './util';

const SOC = '11-9179.00';
const service = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'] }));
const turns = (n: number) => new Promise<void>((resolve) => (n > 0 ? setImmediate(() => void turns(n - 1).then(resolve)) : resolve()));

/**
 * A disk whose reads take the file's content when they start and answer some event-loop turns later (as a read
 * does that the thread pool finishes after the next notification is handled), so a delete can arrive in between.
 */
class SlowDisk {
  private pending = 0;
  private started = 0;
  constructor(
    private readonly delay: () => number,
    private readonly onRead: (started: number) => void = () => undefined,
  ) {}

  readonly read = async (file: string): Promise<ReadResult> => {
    const result = readTextFileSync(file);
    this.onRead(++this.started);
    this.pending++;
    await turns(this.delay());
    this.pending--;
    return result;
  };

  /** Waits until every read started has answered. */
  async settle(): Promise<void> {
    while (this.pending) await turns(1);
  }
}

/** The files a duplicate-SOC warning of `uri` names (by URI), each checked to exist on disk. */
function namedByWarning(indexer: WorkspaceIndexer, uri: string): string[] {
  const entry = indexer.index.get(uri);
  assert.ok(entry, `${uri} is indexed`);
  const [warning] = computeWorkspaceDiagnostics(entry, indexer.index);
  return ((warning?.data as { others?: string[] } | undefined)?.others ?? []).slice();
}

describe('workspace: file events are applied per file in order (no ghost files)', () => {
  let dir: string;
  const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).toString();
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'nsx-races-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a read that started before a delete and answers after it is void', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const indexer = new WorkspaceIndexer(
      service,
      () => undefined,
      async (file) => {
        const result = readTextFileSync(file);
        await gate;
        return result;
      },
    );
    const uri = uriOf('gone.framework.json');
    writeFileSync(fileURLToPath(uri), frameworkText({ occupation: { soc: SOC } }));
    indexer.updateOpen(service.parse(TextDocument.create(uri, 'json', 1, frameworkText({ occupation: { soc: SOC } }))));
    const closing = indexer.closeOpen(uri); // the editor closes the file: read it from disk again
    rmSync(fileURLToPath(uri));
    assert.equal(await indexer.applyFileEvents([{ uri, type: FileChangeType.Deleted }]), true);
    release();
    assert.equal(await closing, false);
    assert.equal(indexer.index.get(uri), undefined);
  });

  it('close and delete at once, 300 times, with reads that answer late: no duplicate-soc names a deleted file', async function () {
    this.timeout(120_000);
    const r = rng(6);
    const disk = new SlowDisk(() => Math.floor(r() * 4));
    const indexer = new WorkspaceIndexer(service, () => undefined, disk.read);
    const keep = uriOf('keep.framework.json');
    writeFileSync(fileURLToPath(keep), frameworkText({ occupation: { soc: SOC, title: 'Kept' } }));
    await indexer.scanFolders([pathToFileURL(dir).toString()]);
    const ghosts: string[] = [];
    for (let i = 0; i < 300; i++) {
      const uri = uriOf(`gone-${i}.framework.json`);
      const text = frameworkText({ occupation: { soc: SOC, title: `Gone ${i}` } });
      writeFileSync(fileURLToPath(uri), text);
      const created = indexer.applyFileEvents([{ uri, type: FileChangeType.Created }]);
      indexer.updateOpen(service.parse(TextDocument.create(uri, 'json', 1, text)));
      // "Delete" on an open file: the editor closes it and the file goes, the events in either order.
      const deleteFirst = r() < 0.25;
      const remove = async () => {
        await turns(Math.floor(r() * 3));
        rmSync(fileURLToPath(uri));
        return indexer.applyFileEvents([{ uri, type: FileChangeType.Deleted }]);
      };
      const steps = deleteFirst ? [remove(), indexer.closeOpen(uri)] : [indexer.closeOpen(uri), remove()];
      await Promise.all([created, ...steps]);
      await disk.settle();
      if (indexer.index.get(uri)) ghosts.push(`gone-${i}`);
    }
    assert.deepEqual(ghosts, []);
    assert.deepEqual(namedByWarning(indexer, keep), []);
    assert.deepEqual(
      indexer.index.symbols('').map((s) => s.name),
      [`${SOC} Kept`],
    );
  });

  it('deletes during the start-up scan: the index holds exactly the files that remain', async function () {
    this.timeout(60_000);
    const names = Array.from({ length: 40 }, (_, i) => `f-${String(i).padStart(2, '0')}.framework.json`);
    for (const name of names) writeFileSync(path.join(dir, name), frameworkText({ occupation: { soc: SOC, title: name } }));
    const removed = names.filter((_, i) => i % 2 === 1);
    const r = rng(7);
    const events: Promise<boolean>[] = [];
    // When the eighth read starts (eight are in flight), every other file is deleted: some are being read, some not yet.
    const disk = new SlowDisk(
      () => 1 + Math.floor(r() * 6),
      (started) => {
        if (started !== 8) return;
        for (const name of removed) rmSync(path.join(dir, name));
        events.push(indexer.applyFileEvents(removed.map((name) => ({ uri: uriOf(name), type: FileChangeType.Deleted }))));
      },
    );
    const indexer = new WorkspaceIndexer(service, () => undefined, disk.read);
    await indexer.scanFolders([pathToFileURL(dir).toString()]);
    await Promise.all(events);
    await disk.settle();
    const remaining = names.filter((name) => !removed.includes(name));
    assert.deepEqual(
      indexer.index.symbols('').map((s) => s.name),
      remaining.map((name) => `${SOC} ${name}`),
    );
    const named = namedByWarning(indexer, uriOf(remaining[0]));
    assert.deepEqual(
      named.filter((uri) => !existsSync(fileURLToPath(uri))),
      [],
    );
    assert.equal(named.length, remaining.length - 1);
  });
});
