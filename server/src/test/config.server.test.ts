import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServerProcess, until, type ServerProcess } from './lspUtil';
import { frameworkText } from './util';
import { CONFIGURABLE_CODE_LIST } from '../languageService/config';

const NO_PERIOD = frameworkText({
  framework: { levels: { emerging: { statements: ['Emerging headline one — body of it', 'Emerging headline two — body of two.'] } } },
});

describe('config: the language server reads, watches and edits .nsxframework.json', function () {
  this.timeout(30000);
  let dir: string;
  let server: ServerProcess;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'nsx-lsp-config-'));
    writeFileSync(path.join(dir, 'a.framework.json'), NO_PERIOD);
    server = await startServerProcess({
      folder: dir,
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
  });

  after(() => {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const uri = () => pathToFileURL(path.join(dir, 'a.framework.json')).toString();
  const configUri = () => pathToFileURL(path.join(dir, '.nsxframework.json')).toString();
  const shown = (ds: Diagnostic[]) => ds.map((d) => `${d.code} ${d.severity}`);
  /** Waits for the next diagnostics of `target` that satisfy `accept`. */
  const next = (target: string, accept: (ds: Diagnostic[]) => boolean, what: string) =>
    until(() => {
      const p = server.published.get(target);
      return p && accept(p.diagnostics) ? p.diagnostics : undefined;
    }, what);
  const actions = (diagnostic: Diagnostic) =>
    server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri() },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });

  it('watches the configuration files, offers "Turn off" (creating the file), and follows the file as it is saved and typed', async () => {
    await until(() => (server.registered.length ? true : undefined), 'the file watchers');
    const watchers = (server.registered[0] as { registrations: { registerOptions: { watchers: { globPattern: string }[] } }[] })
      .registrations[0].registerOptions.watchers;
    assert.ok(watchers.some((w) => w.globPattern === '**/.nsxframework.json'));

    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uri(), languageId: 'json', version: 1, text: NO_PERIOD },
    });
    const [finding] = await next(uri(), (ds) => ds.length > 0, 'the warning');
    assert.deepEqual(shown([finding]), ['statement-final-period 2']);

    // No configuration yet: the fix creates one in the workspace folder.
    const turnOff = (await actions(finding)).find((a) => a.title === 'Turn off `statement-final-period` in .nsxframework.json');
    assert.ok(turnOff && !turnOff.isPreferred);
    assert.deepEqual(turnOff.edit?.documentChanges?.[0], {
      kind: 'create',
      uri: configUri(),
      options: { overwrite: false, ignoreIfExists: true },
    });

    // The file appears on disk (as the edit would write it): the warning goes.
    writeFileSync(path.join(dir, '.nsxframework.json'), '{\n  "rules": {\n    "statement-final-period": "off"\n  }\n}\n');
    server.published.delete(uri());
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri(), type: 1 }] });
    assert.deepEqual(await next(uri(), () => true, 'diagnostics after the file was created'), []);

    // Opened and typed into: its own findings, and the rules as typed (a bad severity is left out: the default applies).
    const bad = '{\n  "rules": {\n    "statement-final-period": "eror"\n  }\n}\n';
    server.published.delete(uri());
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: configUri(), languageId: 'nsx-framework-config', version: 1, text: bad },
    });
    const own = await next(configUri(), (ds) => ds.length > 0, "the configuration's own finding");
    assert.deepEqual(
      own.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`),
      [
        '3:31 config-invalid The severity of "statement-final-period" must be "off", "error", "warning", "information" or "hint"; found "eror" (did you mean "error"?)',
      ],
    );
    assert.deepEqual(shown(await next(uri(), (ds) => ds.length > 0, 'the default back')), ['statement-final-period 2']);

    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: configUri(), version: 2 },
      contentChanges: [{ text: bad.replace('eror', 'error') }],
    });
    assert.deepEqual(shown(await next(uri(), (ds) => ds[0]?.severity === 1, 'the severity as typed')), ['statement-final-period 1']);
    assert.deepEqual(await next(configUri(), (ds) => ds.length === 0, 'the configuration fixed'), []);

    // With the file open, "Turn off" edits its text in place.
    const [errorFinding] = server.published.get(uri())!.diagnostics;
    const edit = (await actions(errorFinding)).find((a) => a.title.startsWith('Turn off'))?.edit;
    assert.deepEqual(Object.keys(edit?.changes ?? {}), [configUri()]);
    const typed = TextDocument.create(configUri(), 'nsx-framework-config', 2, bad.replace('eror', 'error'));
    assert.equal(TextDocument.applyEdits(typed, edit!.changes![configUri()]), bad.replace('eror', 'off'));

    // Closed without saving: the disk's "off" applies again.
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: configUri() } });
    assert.deepEqual(await next(uri(), (ds) => ds.length === 0, "the disk's rules again"), []);
  });

  it('helps edit the configuration file: completion, hover, formatting, folding and the outline, from the same server', async () => {
    const text = '{\n  // The team\'s rules.\n  "rules": {"statement-final-period": "off", "level-progression": "warn",\n    \n  }\n}\n';
    server.published.delete(configUri());
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: configUri(), languageId: 'nsx-framework-config', version: 1, text },
    });
    const at = (line: number, character: number) => ({ textDocument: { uri: configUri() }, position: { line, character } });
    const completion = await server.connection.sendRequest<CompletionList>('textDocument/completion', at(3, 4));
    const tooLong = completion.items.find((i) => i.label === 'statement-too-long');
    assert.equal(tooLong?.documentation, 'A statement of more words than the limit (40 by default). Default: information.');
    assert.equal(completion.items.length, CONFIGURABLE_CODE_LIST.length - 2, 'every code but the two set');
    const values = await server.connection.sendRequest<CompletionList>('textDocument/completion', at(2, 37));
    assert.deepEqual(
      values.items.map((i) => i.label),
      ['"off"', '"error"', '"warning"', '"information"', '"hint"'],
    );
    const hover = await server.connection.sendRequest<Hover>('textDocument/hover', at(2, 20));
    assert.deepEqual(hover.contents, {
      kind: 'markdown',
      value: '`statement-final-period`\n\nA core or AI-fluency statement without its final period. Default: warning.',
    });
    const edits = await server.connection.sendRequest<TextEdit[]>('textDocument/formatting', {
      textDocument: { uri: configUri() },
      options: { tabSize: 2, insertSpaces: true },
    });
    assert.equal(
      TextDocument.applyEdits(TextDocument.create(configUri(), 'nsx-framework-config', 1, text), edits),
      // VS Code's JSON formatting: the final line break only with \`insertFinalNewline\`.
      '{\n  // The team\'s rules.\n  "rules": {\n    "statement-final-period": "off",\n    "level-progression": "warn",\n  }\n}',
    );
    const folds = await server.connection.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: configUri() } });
    assert.deepEqual(
      folds.map((f) => [f.startLine, f.endLine]),
      [
        [2, 3],
        [0, 4],
      ],
    );
    const symbols = await server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri: configUri() },
    });
    assert.deepEqual(
      symbols.map((s) => [s.name, s.children?.map((c) => c.name)]),
      [['rules', ['statement-final-period', 'level-progression']]],
    );
    // Its findings are the server's alone (a trailing comma is allowed in JSON with comments).
    const own = await next(configUri(), () => true, "the configuration's findings");
    assert.deepEqual(
      own.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`),
      [
        '3:67 config-invalid The severity of "level-progression" must be "off", "error", "warning", "information" or "hint"; found "warn" (did you mean "warning"?)',
      ],
    );
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: configUri() } });
  });
});
