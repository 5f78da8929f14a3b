import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService } from '../languageService';
import { runCli } from '../cli/main';
import { frameworkSkeleton } from '../../../common/skeleton';

const NOW = new Date('2026-12-06T23:50:00.000Z');
const MESSAGE =
  'This framework file is empty: a framework needs schemaVersion, exportedAt, occupation, framework (with its four levels), sources and attribution';
const service = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'], now: () => NOW }));

function open(uri: string, text: string, languageId = /\.md$/.test(uri) ? 'markdown' : 'json') {
  return service.parse(TextDocument.create(uri, languageId, 1, text));
}

const brief = (uri: string, text: string, languageId?: string) =>
  service.computeDiagnostics(open(uri, text, languageId)).map((d) => `${JSON.stringify(d.range)} ${d.severity} ${d.code} ${d.message}`);

const at00 = JSON.stringify({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });

describe('an empty framework file', () => {
  it('gets one information notice in either form (no missing front matter, no syntax error)', () => {
    assert.deepEqual(brief('file:///w/new.framework.json', ''), [`${at00} 3 empty-file ${MESSAGE}`]);
    assert.deepEqual(brief('file:///w/new.framework.md', ''), [`${at00} 3 empty-file ${MESSAGE}`]);
    assert.deepEqual(brief('untitled:Untitled-1', '', 'nsx-framework-json'), [`${at00} 3 empty-file ${MESSAGE}`]);
  });

  it('is no concern of ours when the file is not a framework (an empty JSON or untitled Markdown file)', () => {
    assert.deepEqual(brief('file:///w/data.json', ''), []);
    assert.deepEqual(brief('untitled:Untitled-2', '', 'markdown'), []);
  });

  it('has the quick fix "Insert a framework skeleton": the file\'s form, the SOC code its name starts with, not preferred', () => {
    for (const [uri, form, soc] of [
      ['file:///w/11-9179.00.framework.json', 'json', '11-9179.00'],
      ['file:///w/chef.framework.md', 'markdown', undefined],
    ] as const) {
      const doc = open(uri, '\n');
      const diagnostics = service.computeDiagnostics(doc);
      const actions = service.provideCodeActions(doc, { diagnostics });
      const edit: TextEdit = {
        range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } },
        newText: frameworkSkeleton({ form, soc, now: NOW }),
      };
      assert.deepEqual(actions, [
        { title: 'Insert a framework skeleton', kind: 'quickfix', diagnostics, edit: { changes: { [uri]: [edit] } } } satisfies CodeAction,
      ]);
      // Applied, it leaves a framework without errors.
      const fixed = service.parse(TextDocument.create(uri, form, 2, TextDocument.applyEdits(doc.textDocument, [edit])));
      assert.deepEqual(
        service.computeDiagnostics(fixed).filter((d) => d.severity === 1),
        [],
      );
      assert.equal((fixed.value as { occupation: { soc: string } }).occupation.soc, soc ?? '00-0000.00');
      // Not a safe fix: "Fix all" (and `lint --fix`) leave an empty file alone.
      assert.deepEqual(service.computeFixAllEdits(doc), []);
      assert.deepEqual(service.provideCodeActions(doc, { diagnostics, only: ['source.fixAll'] }), []);
    }
  });

  it('offers no skeleton once the file has text (a stale notice)', () => {
    const diagnostics = service.computeDiagnostics(open('file:///w/a.framework.json', ''));
    assert.deepEqual(service.provideCodeActions(open('file:///w/a.framework.json', '{'), { diagnostics }), []);
  });
});

describe('CLI: an empty framework file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'nsx-empty-'));
    writeFileSync(path.join(dir, 'empty.framework.json'), '');
    writeFileSync(path.join(dir, 'blank.framework.md'), '\n\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function cli(argv: string[]) {
    let stdout = '';
    let stderr = '';
    const io = {
      cwd: dir,
      stdout: (s: string) => void (stdout += s),
      stderr: (s: string) => void (stderr += s),
      stderrStream: { write: () => true, isTTY: false, columns: 80 },
    };
    const code = await runCli(argv, io);
    return { code, stdout, stderr };
  }

  it('lint reports it as an error and exits 1', async () => {
    assert.deepEqual(await cli(['lint', '.']), {
      code: 1,
      stdout: `blank.framework.md:1:1 error empty-file ${MESSAGE}\nempty.framework.json:1:1 error empty-file ${MESSAGE}\n2 errors, 0 warnings in 2 of 2 files\n`,
      stderr: '',
    });
  });

  it('convert refuses it with a plain message and exits 1', async () => {
    assert.deepEqual(await cli(['convert', 'empty.framework.json', '--to', 'md']), {
      code: 1,
      stdout: '',
      stderr: `empty.framework.json:1:1 error empty-file ${MESSAGE}\nempty.framework.json: not converted: fix the errors first\n`,
    });
  });
});
