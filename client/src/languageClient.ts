/** The language client's options: how to start the server and which documents it sees. */
import * as path from 'node:path';
import type { ExtensionContext, LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export function createLanguageClient(context: ExtensionContext, outputChannel: LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // The server decides which JSON documents are framework files (by content or by the `files` globs).
    documentSelector: [
      { scheme: 'file', language: 'json' },
      { scheme: 'untitled', language: 'json' },
      { scheme: 'file', language: 'jsonc', pattern: '**/*.framework.json' },
      { scheme: 'file', language: 'markdown', pattern: '**/*.framework.md' },
    ],
    synchronize: { configurationSection: 'nsxFramework' },
    outputChannel,
  };
  return new LanguageClient('nsxFramework', 'NSX Framework', serverOptions, clientOptions);
}
