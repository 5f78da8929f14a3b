import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { SymbolInformation } from 'vscode-languageserver-types';
import { frameworkText } from './util';

const root = path.join(__dirname, '..', '..', '..');

/** Waits until `check` returns a value, polling the messages received so far. */
async function until<T>(check: () => T | undefined, what: string, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('workspace: the language server over stdio', function () {
  this.timeout(30000);
  let dir: string;
  let server: ChildProcess;
  let connection: MessageConnection;
  const published = new Map<string, PublishDiagnosticsParams>();

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'nsx-lsp-'));
    writeFileSync(path.join(dir, 'a.framework.json'), frameworkText({ occupation: { soc: '11-9179.00', title: 'Alpha' } }));
    writeFileSync(path.join(dir, 'b.framework.json'), frameworkText({ occupation: { soc: '11-9179.00', title: 'Beta' } }));
    server = spawn(process.execPath, [require.resolve('tsx/cli'), path.join(root, 'server', 'src', 'main.ts'), '--stdio'], {
      stdio: 'pipe',
    });
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      published.set(p.uri, p);
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/configuration', () => [null]);
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).toString(),
      workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }],
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    await connection.sendNotification('initialized', {});
  });

  after(() => {
    connection?.dispose();
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds frameworks of files that are not open, and warns in an open file about the other one', async () => {
    // The index fills in the background after `initialized`: ask until the file is found.
    let found: SymbolInformation[] = [];
    const deadline = Date.now() + 10000;
    while (found.length < 2 && Date.now() < deadline) {
      found = await connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'alp' });
      if (found.length) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.deepEqual(
      found.map((s) => `${s.name} ${path.basename(s.location.uri)}`),
      ['11-9179.00 Alpha a.framework.json'],
    );

    const uri = pathToFileURL(path.join(dir, 'a.framework.json')).toString();
    const text = frameworkText({ occupation: { soc: '11-9179.00', title: 'Alpha' } });
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
    const diagnostics = await until(() => published.get(uri)?.diagnostics, 'diagnostics');
    assert.deepEqual(
      diagnostics.map((d) => `${d.range.start.line + 1} ${d.code} ${d.message}`),
      ['5 duplicate-soc SOC code 11-9179.00 is also declared in b.framework.json'],
    );

    // The other file changes on disk: the warning goes away.
    writeFileSync(path.join(dir, 'b.framework.json'), frameworkText({ occupation: { soc: '43-9199.00', title: 'Beta' } }));
    published.delete(uri);
    await connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(path.join(dir, 'b.framework.json')).toString(), type: 2 }],
    });
    assert.deepEqual(await until(() => published.get(uri)?.diagnostics, 'diagnostics after the change'), []);
  });

  it('publishes each finding once, and the errors of a file with more than 5,000 problems', async () => {
    const open = async (name: string, text: string) => {
      const uri = pathToFileURL(path.join(dir, name)).toString();
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
      return (await until(() => published.get(uri)?.diagnostics, `diagnostics of ${name}`)).map(
        (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`,
      );
    };
    assert.deepEqual(await open('truncated.framework.json', '{"schemaVersion":"1.0","framework":{'), [
      '1:37 1 json-syntax Expected "}}" to close 2 objects',
    ]);

    const statements = Array.from({ length: 3_000 }, (_, i) => `Headline ${i} - body`);
    const capped = JSON.stringify(
      JSON.parse(frameworkText({ occupation: { soc: '53-1047.00' }, framework: { levels: { emerging: { statements } } } })),
    )
      .replace('"Headline 2999 - body"', '7')
      .replace(/\}$/, '');
    const found = await open('capped.framework.json', capped);
    assert.equal(found.length, 5_001);
    assert.deepEqual(
      found.filter((f) => / 1 /.test(f)),
      [
        `1:${capped.indexOf(',7]') + 2} 1 wrong-type Statement must be text in the form "Headline — body"; found 7`,
        `1:${capped.length + 1} 1 json-syntax Expected "}" to close the object`,
      ],
    );
  });
});
