import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { frameworkText } from './util';

const root = path.join(__dirname, '..', '..', '..');

async function until<T>(check: () => T | undefined, what: string, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const NO_PERIOD = frameworkText({
  framework: { levels: { emerging: { statements: ['Emerging headline one — body of it', 'Emerging headline two — body of two.'] } } },
});

describe('config: the language server reads, watches and edits .nsxframework.json', function () {
  this.timeout(30000);
  let dir: string;
  let server: ChildProcess;
  let connection: MessageConnection;
  const published = new Map<string, PublishDiagnosticsParams>();
  const registered: unknown[] = [];

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'nsx-lsp-config-'));
    writeFileSync(path.join(dir, 'a.framework.json'), NO_PERIOD);
    server = spawn(process.execPath, [require.resolve('tsx/cli'), path.join(root, 'server', 'src', 'main.ts'), '--stdio'], {
      stdio: 'pipe',
    });
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => void published.set(p.uri, p));
    connection.onRequest('client/registerCapability', (p: unknown) => {
      registered.push(p);
      return null;
    });
    connection.onRequest('workspace/configuration', () => [null]);
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).toString(),
      workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }],
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    await connection.sendNotification('initialized', {});
  });

  after(() => {
    connection?.dispose();
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  const uri = () => pathToFileURL(path.join(dir, 'a.framework.json')).toString();
  const configUri = () => pathToFileURL(path.join(dir, '.nsxframework.json')).toString();
  const shown = (ds: Diagnostic[]) => ds.map((d) => `${d.code} ${d.severity}`);
  /** Waits for the next diagnostics of `target` that satisfy `accept`. */
  const next = (target: string, accept: (ds: Diagnostic[]) => boolean, what: string) =>
    until(() => {
      const p = published.get(target);
      return p && accept(p.diagnostics) ? p.diagnostics : undefined;
    }, what);
  const actions = (diagnostic: Diagnostic) =>
    connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri() },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });

  it('watches the configuration files, offers "Turn off" (creating the file), and follows the file as it is saved and typed', async () => {
    await until(() => (registered.length ? true : undefined), 'the file watchers');
    const watchers = (registered[0] as { registrations: { registerOptions: { watchers: { globPattern: string }[] } }[] }).registrations[0]
      .registerOptions.watchers;
    assert.ok(watchers.some((w) => w.globPattern === '**/.nsxframework.json'));

    await connection.sendNotification('textDocument/didOpen', {
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
    published.delete(uri());
    await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri(), type: 1 }] });
    assert.deepEqual(await next(uri(), () => true, 'diagnostics after the file was created'), []);

    // Opened and typed into: its own findings, and the rules as typed (a bad severity is left out: the default applies).
    const bad = '{\n  "rules": {\n    "statement-final-period": "eror"\n  }\n}\n';
    published.delete(uri());
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: configUri(), languageId: 'jsonc', version: 1, text: bad },
    });
    const own = await next(configUri(), (ds) => ds.length > 0, "the configuration's own finding");
    assert.deepEqual(
      own.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`),
      [
        '3:31 config-invalid The severity of "statement-final-period" must be "off", "error", "warning", "information" or "hint"; found "eror" (did you mean "error"?)',
      ],
    );
    assert.deepEqual(shown(await next(uri(), (ds) => ds.length > 0, 'the default back')), ['statement-final-period 2']);

    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: configUri(), version: 2 },
      contentChanges: [{ text: bad.replace('eror', 'error') }],
    });
    assert.deepEqual(shown(await next(uri(), (ds) => ds[0]?.severity === 1, 'the severity as typed')), ['statement-final-period 1']);
    assert.deepEqual(await next(configUri(), (ds) => ds.length === 0, 'the configuration fixed'), []);

    // With the file open, "Turn off" edits its text in place.
    const [errorFinding] = published.get(uri())!.diagnostics;
    const edit = (await actions(errorFinding)).find((a) => a.title.startsWith('Turn off'))?.edit;
    assert.deepEqual(Object.keys(edit?.changes ?? {}), [configUri()]);
    const typed = TextDocument.create(configUri(), 'jsonc', 2, bad.replace('eror', 'error'));
    assert.equal(TextDocument.applyEdits(typed, edit!.changes![configUri()]), bad.replace('eror', 'off'));

    // Closed without saving: the disk's "off" applies again.
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri: configUri() } });
    assert.deepEqual(await next(uri(), (ds) => ds.length === 0, "the disk's rules again"), []);
  });
});
