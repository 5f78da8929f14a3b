import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SymbolInformation } from 'vscode-languageserver-types';
import { startServerProcess, until, type ServerProcess } from './lspUtil';
import { frameworkText } from './util';

describe('workspace: the language server over stdio', function () {
  this.timeout(30000);
  let dir: string;
  let server: ServerProcess;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'nsx-lsp-'));
    writeFileSync(path.join(dir, 'a.framework.json'), frameworkText({ occupation: { soc: '11-9179.00', title: 'Alpha' } }));
    writeFileSync(path.join(dir, 'b.framework.json'), frameworkText({ occupation: { soc: '11-9179.00', title: 'Beta' } }));
    server = await startServerProcess({
      folder: dir,
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
  });

  after(() => {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds frameworks of files that are not open, and warns in an open file about the other one', async () => {
    // The index fills in the background after `initialized`: ask until the file is found.
    let found: SymbolInformation[] = [];
    const deadline = Date.now() + 10000;
    while (found.length < 2 && Date.now() < deadline) {
      found = await server.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'alp' });
      if (found.length) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.deepEqual(
      found.map((s) => `${s.name} ${path.basename(s.location.uri)}`),
      ['11-9179.00 Alpha a.framework.json'],
    );

    const uri = pathToFileURL(path.join(dir, 'a.framework.json')).toString();
    const text = frameworkText({ occupation: { soc: '11-9179.00', title: 'Alpha' } });
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
    const diagnostics = await until(() => server.published.get(uri)?.diagnostics, 'diagnostics');
    assert.deepEqual(
      diagnostics.map((d) => `${d.range.start.line + 1} ${d.code} ${d.message}`),
      ['5 duplicate-soc SOC code 11-9179.00 is also declared in b.framework.json'],
    );

    // The other file changes on disk: the warning goes away.
    writeFileSync(path.join(dir, 'b.framework.json'), frameworkText({ occupation: { soc: '43-9199.00', title: 'Beta' } }));
    server.published.delete(uri);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(path.join(dir, 'b.framework.json')).toString(), type: 2 }],
    });
    assert.deepEqual(await until(() => server.published.get(uri)?.diagnostics, 'diagnostics after the change'), []);
  });

  it('publishes each finding once, and the errors of a file with more than 5,000 problems', async () => {
    const open = async (name: string, text: string) => {
      const uri = pathToFileURL(path.join(dir, name)).toString();
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
      return (await until(() => server.published.get(uri)?.diagnostics, `diagnostics of ${name}`)).map(
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
