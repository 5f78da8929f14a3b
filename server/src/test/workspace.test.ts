import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileChangeType } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { computeWorkspaceDiagnostics, createLanguageService, FrameworkIndex, frameworkEntryOf } from '../languageService';
import { WorkspaceIndexer } from '../workspace/workspaceIndexer';
import { readTextFile, readTextFileSync } from '../workspace/files';
import { relativeUriPath } from '../languageService/workspace/frameworkIndex';
import { frameworkText, parse, span } from './util';

function framework(soc: string, title: string): string {
  return frameworkText({ occupation: { soc, title } });
}

/** An index of the given files (URI → text); returns it and the parsed documents. */
function indexOf(files: Record<string, string>) {
  const index = new FrameworkIndex();
  const docs = Object.fromEntries(Object.entries(files).map(([uri, text]) => [uri, parse(text, uri)]));
  for (const [uri, doc] of Object.entries(docs)) index.set(uri, frameworkEntryOf(doc));
  return { index, docs };
}

const A = 'file:///ws/frameworks/a.framework.json';
const B = 'file:///ws/frameworks/b.framework.json';
const C = 'file:///ws/archive/2025/c.framework.json';

describe('workspace: symbols', () => {
  const { index } = indexOf({
    [A]: framework('11-9179.00', 'Personal Service Managers, All Other'),
    [B]: framework('43-9199.00', 'Office and Administrative Support Workers, All Other'),
    [C]: framework('11-9179.00', 'Personal Service Managers'),
    'file:///ws/package.json': '{ "name": "not a framework" }',
  });

  it('finds a framework by SOC code, with or without punctuation, at its soc value', () => {
    const text = framework('43-9199.00', 'Office and Administrative Support Workers, All Other');
    assert.deepEqual(
      index.symbols('43-9199').map((s) => `${s.name} | ${s.containerName} | ${s.location.uri}`),
      ['43-9199.00 Office and Administrative Support Workers, All Other | Management | ' + B],
    );
    const [symbol] = index.symbols('439199');
    const r = symbol.location.range;
    assert.equal(`${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`, span(text, '"43-9199.00"'));
  });

  it('finds frameworks by words of the title, case-insensitively, substring matches first', () => {
    assert.deepEqual(
      index.symbols('service managers').map((s) => `${s.name} ${s.location.uri}`),
      [`11-9179.00 Personal Service Managers ${C}`, `11-9179.00 Personal Service Managers, All Other ${A}`],
    );
    // "offsup" is no substring but a subsequence of "office … support".
    assert.deepEqual(
      index.symbols('offsup').map((s) => s.location.uri),
      [B],
    );
    assert.deepEqual(index.symbols('zzz'), []);
  });

  it('lists every framework for an empty query, and nothing of other JSON files', () => {
    assert.equal(index.symbols('').length, 3);
  });
});

describe('workspace: duplicate SOC codes', () => {
  it('warns on the soc value, naming the other file relative to this one, with a link to it', () => {
    const text = framework('11-9179.00', 'Managers');
    const { index, docs } = indexOf({ [A]: text, [B]: framework('43-9199.00', 'Workers'), [C]: framework('11-9179', 'Managers too') });
    const [d, ...rest] = computeWorkspaceDiagnostics(docs[A], index);
    assert.equal(rest.length, 0);
    const r = d.range;
    assert.equal(`${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`, span(text, '"11-9179.00"'));
    assert.deepEqual(
      [d.severity, d.code, d.source, d.message],
      [
        DiagnosticSeverity.Warning,
        'duplicate-soc',
        'nsx-framework',
        'SOC code 11-9179.00 is also declared in ../archive/2025/c.framework.json',
      ],
    );
    assert.deepEqual(
      d.relatedInformation?.map((i) => `${i.location.uri} ${i.location.range.start.line + 1} ${i.message}`),
      [`${C} 5 11-9179.00 also declared here`],
    );
    assert.deepEqual(computeWorkspaceDiagnostics(docs[B], index), []);
    assert.equal(
      computeWorkspaceDiagnostics(docs[C], index)[0].message,
      'SOC code 11-9179.00 is also declared in ../../frameworks/a.framework.json',
    );
  });

  it('names every other file, and stops warning once the other file changes its code or goes away', () => {
    const { index, docs } = indexOf({
      [A]: framework('11-9179.00', 'x'),
      [B]: framework('11-9179.00', 'y'),
      [C]: framework('11-9179.00', 'z'),
    });
    assert.equal(
      computeWorkspaceDiagnostics(docs[A], index)[0].message,
      'SOC code 11-9179.00 is also declared in ../archive/2025/c.framework.json and b.framework.json',
    );
    assert.equal(index.set(B, frameworkEntryOf(parse(framework('43-9199.00', 'y'), B))), true);
    assert.equal(index.set(C, undefined), true);
    assert.deepEqual(computeWorkspaceDiagnostics(docs[A], index), []);
    // Setting the same entry again reports no change (the server uses this to avoid needless re-checks).
    assert.equal(index.set(A, frameworkEntryOf(docs[A])), false);
  });

  it('names three other files and counts the rest, and links to at most fifty', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++)
      files[`file:///work/copies/f${String(i).padStart(2, '0')}.framework.json`] = framework('11-9179.00', `copy ${i}`);
    const { index, docs } = indexOf(files);
    const [d] = computeWorkspaceDiagnostics(docs['file:///work/copies/f00.framework.json'], index);
    assert.equal(
      d.message,
      'SOC code 11-9179.00 is also declared in f01.framework.json, f02.framework.json, f03.framework.json and 56 more files',
    );
    assert.equal(d.relatedInformation?.length, 50);
    assert.equal(d.relatedInformation?.[0].location.uri, 'file:///work/copies/f01.framework.json');
    assert.deepEqual([(d.data as { count: number }).count, (d.data as { others: string[] }).others.length], [59, 50]);
    const four = indexOf(Object.fromEntries(Object.entries(files).slice(0, 5)));
    assert.equal(
      computeWorkspaceDiagnostics(four.docs['file:///work/copies/f04.framework.json'], four.index)[0].message,
      'SOC code 11-9179.00 is also declared in f00.framework.json, f01.framework.json, f02.framework.json and 1 more file',
    );
  });

  it('does not count the Markdown form of the same file as a duplicate', () => {
    const md = A.replace(/\.json$/, '.md');
    const { index, docs } = indexOf({ [A]: framework('11-9179.00', 'x'), [B]: framework('43-9199.00', 'y') });
    // The Markdown parser is not needed for this: the index only compares the entries.
    index.set(md, { ...frameworkEntryOf(docs[A])!, uri: md });
    assert.deepEqual(computeWorkspaceDiagnostics(docs[A], index), []);
    assert.deepEqual(index.duplicatesOf(md), []);
  });

  it('follows the severity settings', () => {
    const { index, docs } = indexOf({ [A]: framework('11-9179.00', 'x'), [B]: framework('11-9179.00', 'y') });
    assert.equal(
      computeWorkspaceDiagnostics(docs[A], index, { severity: { 'duplicate-soc': 'error' } })[0].severity,
      DiagnosticSeverity.Error,
    );
    assert.deepEqual(computeWorkspaceDiagnostics(docs[A], index, { severity: { 'duplicate-soc': 'off' } }), []);
  });

  it('ignores files that are no frameworks or have no SOC code', () => {
    const other = 'file:///ws/data.json';
    const { index } = indexOf({ [other]: '{ "occupation": { "soc": "11-9179.00" } }', [B]: frameworkText({ occupation: { soc: 7 } }) });
    assert.equal(index.get(other), undefined);
    assert.equal(index.get(B), undefined);
    assert.equal(index.size, 0);
  });

  it('writes relative paths between URIs', () => {
    assert.equal(relativeUriPath('file:///a/b/c.json', 'file:///a/b/d.json'), 'd.json');
    assert.equal(relativeUriPath('file:///a/b/c.json', 'file:///a/x/d.json'), '../x/d.json');
    assert.equal(relativeUriPath('file:///a/b/c.json', 'file:///a/b/sub/d.json'), 'sub/d.json');
  });
});

describe('workspace: reading the folders (server side)', () => {
  let dir: string;
  const service = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'] }));
  const uriOf = (rel: string) => pathToFileURL(path.join(dir, rel)).toString();

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'nsx-ws-'));
    mkdirSync(path.join(dir, 'a'));
    mkdirSync(path.join(dir, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(path.join(dir, 'a', 'one.framework.json'), framework('11-9179.00', 'One'));
    writeFileSync(path.join(dir, 'two.framework.json'), framework('11-9179.00', 'Two'));
    writeFileSync(path.join(dir, 'node_modules', 'pkg', 'x.framework.json'), framework('11-9179.00', 'Dependency'));
    writeFileSync(path.join(dir, 'plain.json'), '{}');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('indexes framework files of the folders, skipping node_modules, and follows file events', async () => {
    const indexer = new WorkspaceIndexer(service, () => undefined);
    assert.equal(await indexer.scanFolders([pathToFileURL(dir).toString()]), true);
    assert.deepEqual(
      indexer.index.symbols('').map((s) => s.name),
      ['11-9179.00 One', '11-9179.00 Two'],
    );

    writeFileSync(path.join(dir, 'two.framework.json'), framework('43-9199.00', 'Two'));
    writeFileSync(path.join(dir, 'three.framework.json'), framework('53-1047.00', 'Three'));
    const changed = await indexer.applyFileEvents([
      { uri: uriOf('two.framework.json'), type: FileChangeType.Changed },
      { uri: uriOf('three.framework.json'), type: FileChangeType.Created },
      { uri: uriOf('a/one.framework.json'), type: FileChangeType.Deleted },
    ]);
    assert.equal(changed, true);
    assert.deepEqual(
      indexer.index.symbols('').map((s) => s.name),
      ['43-9199.00 Two', '53-1047.00 Three'],
    );
  });

  it('also indexes the files the user declared frameworks by glob (nsxFramework.files)', async () => {
    const byGlob = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json', 'data/*.json'] }));
    mkdirSync(path.join(dir, 'data'));
    writeFileSync(path.join(dir, 'data', 'ops.json'), framework('13-1111.00', 'Management Analysts'));
    const indexer = new WorkspaceIndexer(byGlob, () => undefined);
    await indexer.scanFolders([pathToFileURL(dir).toString()], ['data/*.json']);
    assert.deepEqual(
      indexer.index.symbols('analysts').map((s) => s.location.uri),
      [uriOf('data/ops.json')],
    );
  });

  it('prefers an open document over the disk until it is closed', async () => {
    const indexer = new WorkspaceIndexer(service, () => undefined);
    await indexer.scanFolders([pathToFileURL(dir).toString()]);
    const uri = uriOf('two.framework.json');
    indexer.updateOpen(service.parse(TextDocument.create(uri, 'json', 5, framework('99-9999.00', 'Edited'))));
    assert.equal(await indexer.applyFileEvents([{ uri, type: FileChangeType.Changed }]), false);
    assert.equal(indexer.index.get(uri)?.soc, '99-9999.00');
    assert.equal(await indexer.closeOpen(uri), true);
    assert.equal(indexer.index.get(uri)?.soc, '11-9179.00');
  });
});

describe('workspace: reading a file for the CLI', () => {
  it('gives the text, or says why not: no such file, not a file, too large', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nsx-read-'));
    try {
      const file = path.join(dir, 'a.framework.json');
      writeFileSync(file, '{"schemaVersion":"1.0"} é');
      assert.deepEqual(readTextFileSync(file), { ok: true, text: '{"schemaVersion":"1.0"} é' });
      assert.deepEqual(readTextFileSync(path.join(dir, 'missing.json')), { ok: false, error: 'no such file' });
      assert.deepEqual(readTextFileSync(dir), { ok: false, error: 'not a file' });
      assert.deepEqual(readTextFileSync(file, 10), { ok: false, error: 'larger than 0 MB' });
      // The same answers as the reader the server uses.
      for (const [f, max] of [
        [file, undefined],
        [path.join(dir, 'missing.json'), undefined],
        [dir, undefined],
        [file, 10],
      ] as const) {
        assert.deepEqual(readTextFileSync(f, max), await readTextFile(f, max));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
