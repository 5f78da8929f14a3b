/** Drives `node dist/server.js --stdio` as a child process over JSON-RPC, as an editor would. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { ROOT } from './load';

export const SERVER = path.join(ROOT, 'dist', 'server.js');

export interface ServerChild {
  process: ChildProcess;
  connection: MessageConnection;
  /** URIs that have received diagnostics, with the time (performance.now()) of the first. */
  published: Map<string, number>;
  /** Resolves when `count` distinct URIs have received diagnostics; rejects after `timeoutMs`. */
  waitForPublished(count: number, timeoutMs: number): Promise<void>;
  open(uri: string, languageId: string, text: string): void;
  /** Resident set size of the child in MB (Linux /proc), and its peak. */
  memory(): { rssMB: number; peakMB: number } | undefined;
  stop(): Promise<void>;
}

/** Starts the server and completes the LSP handshake. */
export async function startServer(folder?: string): Promise<ServerChild> {
  const child = spawn(process.execPath, [...(process.env.BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? []), SERVER, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stderr!.resume();
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published = new Map<string, number>();
  const waiters: (() => void)[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => {
    if (!published.has(params.uri)) published.set(params.uri, performance.now());
    for (const w of [...waiters]) w();
  });
  connection.onRequest(() => null); // configuration, capability registration: defaults are fine
  connection.onNotification(() => undefined);
  connection.listen();
  const folderUri = folder ? `file://${folder}` : null;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folderUri,
    capabilities: {},
    workspaceFolders: folderUri ? [{ uri: folderUri, name: 'corpus' }] : null,
  });
  await connection.sendNotification('initialized', {});

  return {
    process: child,
    connection,
    published,
    waitForPublished: (count, timeoutMs) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (published.size < count) return;
          clearTimeout(timer);
          waiters.splice(waiters.indexOf(check), 1);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(check), 1);
          reject(new Error(`only ${published.size} of ${count} documents got diagnostics within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(check);
        check();
      }),
    open: (uri, languageId, text) => {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    },
    memory: () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
        return { rssMB: kb('VmRSS') / 1024, peakMB: kb('VmHWM') / 1024 };
      } catch {
        return undefined;
      }
    },
    stop: async () => {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        void connection.sendNotification('exit');
      } catch {
        // already gone
      }
      connection.dispose();
      if (child.exitCode === null) {
        await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
        if (child.exitCode === null) child.kill();
      }
    },
  };
}
