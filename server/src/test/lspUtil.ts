/**
 * Test helpers: the language server with a client that talks LSP to it, either in this process over in-memory
 * streams (for the server's wiring) or as a child process over stdio, as an editor starts it (for what only a real
 * process shows: the workspace read from disk, hostile traffic, the exit code).
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from '../server';

const ROOT = path.join(__dirname, '..', '..', '..');

/** What the test's client says in `initialize`, and the handlers of its own. */
export interface ClientOptions {
  /** The workspace folder to open (also the root URI); none when absent. */
  folder?: string;
  capabilities?: object;
  initializationOptions?: unknown;
  /** Registers the test's handlers before the connection listens, so none of the server's first messages is missed. */
  handle?: (connection: MessageConnection) => void;
}

/** Sends `initialize` and `initialized`; returns the capabilities the server declared. */
async function initialize(
  connection: MessageConnection,
  processId: number | null,
  options: ClientOptions,
): Promise<Record<string, unknown>> {
  const folder = options.folder === undefined ? undefined : pathToFileURL(options.folder).toString();
  const result = await connection.sendRequest('initialize', {
    processId,
    rootUri: folder ?? null,
    workspaceFolders: folder === undefined ? undefined : [{ uri: folder, name: 'ws' }],
    capabilities: options.capabilities ?? {},
    initializationOptions: options.initializationOptions,
  });
  await connection.sendNotification('initialized', {});
  return (result as { capabilities: Record<string, unknown> }).capabilities;
}

/**
 * Starts the server in this process on in-memory streams and initializes it; returns the client's end of the
 * connection and the server's capabilities. The client gives no process id: given one, the server would watch that
 * process with a timer, and the timer would keep mocha running.
 */
export async function startInMemory(
  options: ClientOptions = {},
): Promise<{ client: MessageConnection; capabilities: Record<string, unknown> }> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)));
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  options.handle?.(client);
  client.listen();
  return { client, capabilities: await initialize(client, null, options) };
}

/** The server in a child process, initialized, and what it sent so far. */
export interface ServerProcess {
  readonly connection: MessageConnection;
  /** The capabilities the server declared in its answer to `initialize`. */
  readonly capabilities: Record<string, unknown>;
  /** The latest diagnostics the server published for each document, by URI. */
  readonly published: Map<string, PublishDiagnosticsParams>;
  /** The params of the server's `client/registerCapability` requests, in order (each one is accepted). */
  readonly registered: unknown[];
  /** What the server wrote to standard error and the messages it logged as errors: nothing from a healthy server. */
  readonly errorsLogged: string[];
  /** The exit code once the process has exited (null when a signal ended it); undefined while it runs. */
  readonly exitCode: number | null | undefined;
  /** Closes the connection and ends the process if it still runs. */
  stop(): void;
}

/**
 * Starts the server from its sources (through tsx: no build needed) as a child process over stdio, as an editor
 * starts it, and initializes it. The client answers `workspace/configuration` with no settings.
 */
export async function startServerProcess(options: ClientOptions = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server', 'src', 'main.ts'), '--stdio'], { cwd: ROOT });
  let exitCode: number | null | undefined;
  child.on('exit', (code) => (exitCode = code));
  const errorsLogged: string[] = [];
  child.stderr.on('data', (chunk) => errorsLogged.push(`stderr: ${chunk}`));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = new Map<string, PublishDiagnosticsParams>();
  const registered: unknown[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => void published.set(p.uri, p));
  connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
    if (p.type === 1) errorsLogged.push(p.message);
  });
  connection.onRequest('client/registerCapability', (p: unknown) => {
    registered.push(p);
    return null;
  });
  connection.onRequest('workspace/configuration', () => [null]);
  options.handle?.(connection);
  connection.listen();
  const stop = () => {
    connection.dispose();
    if (exitCode === undefined) child.kill();
  };
  let capabilities: Record<string, unknown>;
  try {
    capabilities = await initialize(connection, process.pid, options);
  } catch (error) {
    stop(); // the test never gets the process to end it, and a running child would keep mocha from exiting
    throw error;
  }
  return {
    connection,
    capabilities,
    published,
    registered,
    errorsLogged,
    get exitCode() {
      return exitCode;
    },
    stop,
  };
}

/** Polls `check` until it returns a value (the messages received so far change in between); fails after `timeoutMs`. */
export async function until<T>(check: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
