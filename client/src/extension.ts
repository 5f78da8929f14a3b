/** Activation: starts the language client. */
import { window, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './languageClient';
import { registerConvertCommands } from './convert';
import { registerBuiltinCitations } from './builtinCitations';
import { registerPreview } from './preview';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const outputChannel = window.createOutputChannel('NSX Framework', { log: true });
  context.subscriptions.push(outputChannel);
  client = createLanguageClient(context, outputChannel);
  context.subscriptions.push(...registerConvertCommands(() => client));
  context.subscriptions.push(registerBuiltinCitations(client));
  await client.start();
  registerPreview(context, client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
