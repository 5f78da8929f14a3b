/** The language client's options: how to start the server and which documents it sees. */
import * as path from 'node:path';
import { window, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { createRestartingErrorHandler } from './serverRestarts';
import { adoptFrameworkJson } from './frameworkLanguage';
import { CONFIG_LANGUAGE_ID, FRAMEWORK_JSON_LANGUAGE_ID, FrameworkJsonNotification, type FrameworkJsonParams } from '../../common/protocol';

export function createLanguageClient(context: ExtensionContext, outputChannel: LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Framework JSON (`*.framework.json` by name); the server decides which other JSON documents are framework files
    // (by content or by the `files` globs) and has them switched to the framework JSON language.
    documentSelector: [
      { scheme: 'file', language: FRAMEWORK_JSON_LANGUAGE_ID },
      { scheme: 'untitled', language: FRAMEWORK_JSON_LANGUAGE_ID },
      { scheme: 'file', language: 'json' },
      { scheme: 'untitled', language: 'json' },
      { scheme: 'file', language: 'jsonc', pattern: '**/*.framework.json' },
      // The configuration file (JSON with comments, a language of its own): the server checks it, helps edit it and
      // reloads the rules as it is typed; also when a user has it open as JSON (VS Code's JSON support then checks
      // it as well: the user's choice).
      { scheme: 'file', language: CONFIG_LANGUAGE_ID },
      { scheme: 'file', language: 'jsonc', pattern: '**/.nsxframework.json' },
      // Framework Markdown: `*.framework.md` files; untitled Markdown is a framework when its front matter says so.
      { scheme: 'file', language: 'markdown', pattern: '**/*.framework.md' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'nsxFramework' },
    outputChannel,
    // If the server process dies: restart it and say so once; give up with a clear error if it keeps dying.
    errorHandler: createRestartingErrorHandler((message) => void window.showWarningMessage(message)),
  };
  const client = new LanguageClient('nsxFramework', 'NSX Framework', serverOptions, clientOptions);
  client.onNotification(FrameworkJsonNotification.method, (params: FrameworkJsonParams) => {
    adoptFrameworkJson(params.uri).catch((error: unknown) =>
      outputChannel.warn(`Could not set the language of ${params.uri}: ${String(error)}`),
    );
  });
  return client;
}
