import { strict as assert } from 'node:assert';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { BuiltinCitationRequest } from '../../../common/protocol';
import { startInMemory } from './lspUtil';
import { frameworkText } from './util';

const URI = 'file:///work/wired.framework.json';
const TEXT = frameworkText({
  citations: { 'local-study': { label: 'Local study', title: 'A local study' } },
  aiFluency: { levels: { emerging: [{ text: 'AI drafting - uses AI tools.', cites: ['local-study', 'safi-2026'] }] } },
});
const positionOf = (needle: string, into = 2) => {
  const before = TEXT.slice(0, TEXT.indexOf(needle) + into);
  const lines = before.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
};

// The LSP wiring of code actions and navigation, over a real JSON-RPC connection in memory.
describe('server: code actions and navigation over LSP', () => {
  let client: MessageConnection;
  let capabilities: Record<string, unknown>;

  before(async () => {
    ({ client, capabilities } = await startInMemory());
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'json', version: 1, text: TEXT } });
  });

  after(() => client.dispose());

  it('declares the capabilities', () => {
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll'] });
    assert.deepEqual(
      [capabilities.definitionProvider, capabilities.referencesProvider, capabilities.renameProvider, capabilities.documentSymbolProvider],
      [true, true, { prepareProvider: true }, true],
    );
  });

  it('answers fix all, definition, references and symbols', async () => {
    const fixAll = (await client.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as { title: string; edit: { changes: Record<string, { newText: string }[]> } }[];
    assert.deepEqual(
      fixAll.map((a) => [a.title, a.edit.changes[URI].map((e) => e.newText)]),
      [['Fix all auto-fixable problems', [' — ']]],
    );
    const definition = await client.sendRequest('textDocument/definition', {
      textDocument: { uri: URI },
      position: positionOf('"safi-2026"'),
    });
    assert.deepEqual(
      (definition as { uri: string }[]).map((l) => l.uri),
      ['nsx-citation:/safi-2026.md'],
    );
    const references = await client.sendRequest('textDocument/references', {
      textDocument: { uri: URI },
      position: positionOf('"local-study"'),
      context: { includeDeclaration: true },
    });
    assert.equal((references as unknown[]).length, 2);
    const symbols = (await client.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } })) as { name: string }[];
    assert.ok(symbols.some((s) => s.name === 'AI fluency'));
    assert.ok(
      ((await client.sendRequest(BuiltinCitationRequest.method, { uri: 'nsx-citation:/safi-2026.md' })) as string).startsWith(
        '# Jadhav & Danve, 2026',
      ),
    );
    assert.equal(await client.sendRequest(BuiltinCitationRequest.method, { uri: 'nsx-citation:/nope.md' }), null);
  });

  it('refuses to rename a built-in citation with a message, and renames a file-defined one', async () => {
    await assert.rejects(
      client.sendRequest('textDocument/prepareRename', { textDocument: { uri: URI }, position: positionOf('"safi-2026"') }),
      { message: '"safi-2026" is a built-in citation: define it in "citations" to rename it in this file' },
    );
    assert.equal(
      await client.sendRequest('textDocument/prepareRename', { textDocument: { uri: URI }, position: positionOf('AI drafting') }),
      null,
    );
    const edit = (await client.sendRequest('textDocument/rename', {
      textDocument: { uri: URI },
      position: positionOf('"local-study"'),
      newName: 'field-study',
    })) as { changes: Record<string, { newText: string }[]> };
    assert.deepEqual(
      edit.changes[URI].map((e) => e.newText),
      ['field-study', 'field-study'],
    );
  });
});

// The typing delay (nsxFramework.validationDelay) is for edits: a file just opened is checked at once.
describe('server: when a document is checked', () => {
  let client: MessageConnection;
  const published: { uri: string; version?: number; codes: string[] }[] = [];

  before(async () => {
    const record = (p: { uri: string; version?: number; diagnostics: { code: string }[] }) =>
      void published.push({ uri: p.uri, version: p.version, codes: p.diagnostics.map((d) => d.code) });
    ({ client } = await startInMemory({
      // The longest delay the setting allows: a check that waited for it would not arrive before the deadline below.
      initializationOptions: { settings: { validationDelay: 5000 } },
      handle: (connection) => connection.onNotification('textDocument/publishDiagnostics', record),
    }));
  });

  after(() => client.dispose());

  it('publishes the findings of a file as soon as it opens, without waiting for the typing delay', async function () {
    this.timeout(10_000);
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'json', version: 1, text: TEXT } });
    const until = Date.now() + 2500;
    while (!published.some((p) => p.uri === URI) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual(published, [{ uri: URI, version: 1, codes: ['statement-separator'] }]);
  });
});
