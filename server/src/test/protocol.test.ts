import { strict as assert } from 'node:assert';
import { CancellationTokenSource, ErrorCodes, ResponseError } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { createLanguageService } from '../languageService';
import { rng } from './fuzz/mutate';
import { startServerProcess, until, type ServerProcess } from './lspUtil';
import { frameworkText } from './util';

// The real server as a child process over stdio, driven the way an editor drives it, with hostile traffic:
// huge and deep documents, floods of edits with out-of-range positions, requests for documents that are
// closed or were never opened, cancelled and unknown requests. It must answer everything and stay alive.

const METHOD_NOT_FOUND = ErrorCodes.MethodNotFound;
/** Requests on documents an editor sends; those the server does not offer yet must fail only with MethodNotFound. */
const DOCUMENT_REQUESTS = [
  'textDocument/hover',
  'textDocument/completion',
  'textDocument/codeAction',
  'textDocument/documentSymbol',
  'textDocument/foldingRange',
  'textDocument/definition',
  'textDocument/references',
  'textDocument/diagnostic',
];
const HOSTILE_POSITIONS = [
  { line: -1, character: -1 },
  { line: 0, character: -5 },
  { line: 1e9, character: 1e9 },
  { line: 3, character: 2 ** 31 - 1 },
];

/** How long to wait for an answer: the huge documents take their time. */
const WAIT_MS = 30_000;

describe('the language server over stdio, under hostile traffic', function () {
  this.timeout(120_000);
  let server: ServerProcess;
  const local = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'] }));

  /** The diagnostics the server published for `uri` at `version` (waits for them). */
  const diagnosticsOf = (uri: string, version?: number): Promise<Diagnostic[]> =>
    until(
      () => {
        const p = server.published.get(uri);
        return p && (version === undefined || p.version === version) ? p.diagnostics : undefined;
      },
      `diagnostics of ${uri} v${version}`,
      WAIT_MS,
    );

  /** Sends a request; returns its result, or `{ error: code }` for an error response. */
  async function ask(method: string, params: unknown, token?: CancellationTokenSource): Promise<unknown> {
    try {
      // A third argument, even undefined, would send the params by position; only pass a token when there is one.
      return await (token ? server.connection.sendRequest(method, params, token.token) : server.connection.sendRequest(method, params));
    } catch (error) {
      if (error instanceof ResponseError) return { error: error.code };
      throw error;
    }
  }

  const assertAlive = () => assert.equal(server.exitCode, undefined, 'the server process exited');

  before(async () => {
    server = await startServerProcess({ initializationOptions: { settings: { validationDelay: 20 } } });
    assert.equal((server.capabilities.textDocumentSync as { change: number }).change, 2); // incremental
  });

  after(() => server?.stop());

  const open = (uri: string, text: string, version = 1) =>
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version, text } });

  it('publishes the one notice for a 50 MB framework, and nothing else', async () => {
    const uri = 'file:///hostile/huge.json';
    const text = `{"schemaVersion":"1.0","framework":{"levels":{"emerging":{"statements":[${'"Headline — body.",'.repeat(2_700_000)}""]}}}}`;
    await open(uri, text);
    const diagnostics = await diagnosticsOf(uri, 1);
    assert.deepEqual(
      diagnostics.map((d) => `${d.code} ${d.severity} ${JSON.stringify(d.range)}`),
      ['file-too-large 3 {"start":{"line":0,"character":0},"end":{"line":0,"character":1}}'],
    );
    assert.match(String(diagnostics[0].message), /more than nsxFramework\.maxFileSize \(6,000,000\)/);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assertAlive();
  });

  it('publishes one notice for 10,000-deep nesting, and a 1 MB line gets its findings', async () => {
    const deepUri = 'file:///hostile/deep.framework.json';
    await open(deepUri, `{"schemaVersion":"1.0","framework":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    assert.deepEqual(
      (await diagnosticsOf(deepUri, 1)).map((d) => d.code),
      ['nesting-too-deep'],
    );
    const lineUri = 'file:///hostile/line.framework.json';
    const line = frameworkText({ framework: { description: 'x'.repeat(1_000_000) } }).replace(/\n\s*/g, '');
    await open(lineUri, line);
    assert.deepEqual(await diagnosticsOf(lineUri, 1), []);
    assertAlive();
  });

  it('applies a flood of 500 incremental edits, out-of-range and mid-surrogate ones included, and checks the last version', async () => {
    const uri = 'file:///hostile/flood.framework.json';
    const mirror = TextDocument.create(uri, 'json', 1, frameworkText({ occupation: { title: 'Managers 😀 of 👩🏽‍💻 teams' } }));
    await open(uri, mirror.getText());
    const r = rng(7);
    const int = (n: number) => Math.floor(r() * n);
    const inserts = ['x', '', '"', '—', ' - ', '\ud800', '😀', '\n', '\r\n', '{', ']', ','];
    for (let version = 2; version <= 501; version++) {
      const text = mirror.getText();
      let range: Range;
      const kind = version % 5;
      if (kind === 0) range = { start: { line: -3, character: -1 }, end: { line: 0, character: -2 } };
      else if (kind === 1) range = { start: { line: 1e6, character: 0 }, end: { line: 1e6, character: 99 } };
      else if (kind === 2) {
        // Between the two halves of a surrogate pair, when the text still has one.
        const emoji = text.search(/[\ud800-\udbff][\udc00-\udfff]/);
        const at = mirror.positionAt(emoji >= 0 ? emoji + 1 : int(text.length));
        range = { start: at, end: at };
      } else {
        const a = int(text.length + 1);
        const b = Math.min(text.length, a + int(4));
        range = { start: mirror.positionAt(a), end: mirror.positionAt(b) };
      }
      const change: TextDocumentContentChangeEvent = { range, text: inserts[int(inserts.length)] };
      TextDocument.update(mirror, [change], version);
      void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    }
    const expected = local.computeDiagnostics(local.parse(mirror));
    const actual = await diagnosticsOf(uri, 501);
    assert.deepEqual(JSON.parse(JSON.stringify(actual)), JSON.parse(JSON.stringify(expected)));
    assertAlive();
  });

  it('answers document requests on closed, unknown and out-of-range documents with a result or MethodNotFound', async () => {
    const closed = 'file:///hostile/closed.framework.json';
    await open(closed, frameworkText());
    await diagnosticsOf(closed, 1);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: closed } });
    // Cleared on close: the server publishes an empty list without a version.
    const cleared = await until(
      () => {
        const p = server.published.get(closed);
        return p && p.version === undefined ? p.diagnostics : undefined;
      },
      `diagnostics of ${closed} cleared`,
      WAIT_MS,
    );
    assert.deepEqual(cleared, []);
    const open1 = 'file:///hostile/open.framework.json';
    const openText = frameworkText({ occupation: { title: 'Managers 😀 of teams' } });
    await open(open1, openText);
    // Between the two halves of the emoji's surrogate pair.
    const midSurrogate = TextDocument.create(open1, 'json', 1, openText).positionAt(openText.indexOf('😀') + 1);
    for (const uri of [closed, 'file:///hostile/never-opened.framework.json', 'untitled:nothing', open1]) {
      for (const method of DOCUMENT_REQUESTS) {
        for (const position of [...HOSTILE_POSITIONS, midSurrogate]) {
          const params = {
            textDocument: { uri },
            position,
            range: { start: position, end: position },
            context: { diagnostics: [], includeDeclaration: true },
          };
          const answer = await ask(method, params);
          if (answer && typeof answer === 'object' && 'error' in answer) {
            assert.equal(answer.error, METHOD_NOT_FOUND, `${method} on ${uri} at ${JSON.stringify(position)}`);
          }
        }
      }
    }
    assertAlive();
  });

  it('survives notifications for documents it never opened, unknown methods and cancelled requests', async () => {
    const ghost = 'file:///hostile/ghost.framework.json';
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: ghost, version: 9 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
    });
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: ghost } });
    await server.connection.sendNotification('nsx/unknownNotification', { anything: [1, 2, 3] });
    await server.connection.sendNotification('$/cancelRequest', { id: 987654 });
    assert.deepEqual(await ask('nsx/unknownRequest', { x: 1 }), { error: METHOD_NOT_FOUND });

    // Cancel requests as they leave: each still gets an answer, a result or a cancellation or MethodNotFound.
    const answers = await Promise.all(
      DOCUMENT_REQUESTS.map((method) => {
        const source = new CancellationTokenSource();
        const pending = ask(method, { textDocument: { uri: ghost }, position: { line: 0, character: 0 } }, source);
        source.cancel();
        return pending;
      }),
    );
    for (const answer of answers) {
      if (answer && typeof answer === 'object' && 'error' in answer) {
        assert.ok([METHOD_NOT_FOUND, -32800 /* RequestCancelled */].includes(answer.error as number), JSON.stringify(answer));
      }
    }
    assertAlive();
  });

  it('logged no error along the way, and shuts down cleanly on shutdown and exit', async () => {
    assert.deepEqual(server.errorsLogged, []);
    assert.equal(await server.connection.sendRequest('shutdown'), null);
    await server.connection.sendNotification('exit');
    assert.equal(await until(() => server.exitCode ?? undefined, 'the server to exit', WAIT_MS), 0);
  });
});
