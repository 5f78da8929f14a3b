/**
 * Activation registers the commands and views at once and returns; the language client, which is most of
 * the extension's code, is loaded from its own bundle (`dist/languageClient.js`) and started just after, so
 * VS Code is not held up by it. Commands that need the server wait for it.
 */
import { window, type ExtensionContext, type LogOutputChannel } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerConvertCommands } from './convert';
import { registerBuiltinCitations } from './builtinCitations';
import { registerPreview } from './preview';
import type { StartedClient } from './startedClient';
import { registerNewFrameworkCommand } from './newFramework';
import { registerStandardExportCommands } from './standardExport';

let started: Promise<LanguageClient> | undefined;

export function activate(context: ExtensionContext): void {
  const outputChannel = window.createOutputChannel('NSX Framework', { log: true });
  context.subscriptions.push(outputChannel);
  const starting = new Promise<void>((resolve) => setImmediate(resolve)).then(() => startClient(context, outputChannel));
  started = starting;
  starting.catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    outputChannel.error(`The NSX framework language server did not start: ${message}`);
    void window.showErrorMessage(`The NSX framework language server did not start: ${message}`);
  });
  const client: StartedClient = () => starting;
  context.subscriptions.push(...registerConvertCommands(client), registerBuiltinCitations(client), registerNewFrameworkCommand());
  const previewSource = registerPreview(context, client);
  context.subscriptions.push(...registerStandardExportCommands(client, previewSource));
}

async function startClient(context: ExtensionContext, outputChannel: LogOutputChannel): Promise<LanguageClient> {
  // A separate bundle: `require` of a path esbuild leaves alone (see scripts/build.mjs).
  const { createLanguageClient } = require('./languageClient') as typeof import('./languageClient');
  const client = createLanguageClient(context, outputChannel);
  await client.start();
  return client;
}

export async function deactivate(): Promise<void> {
  const client = await started?.catch(() => undefined);
  started = undefined;
  await client?.stop();
}
