/**
 * "Convert to Markdown" and "Convert to JSON": the server converts the framework (a pure function of the
 * parsed document); here the result becomes a new file beside the source (`x.framework.json` ⇄
 * `x.framework.md`), never overwriting an existing file without asking. Untitled sources give untitled results.
 */
import * as path from 'node:path';
import { commands, Uri, window, workspace, type Disposable, type TextDocument } from 'vscode';
import type { StartedClient } from './startedClient';
import {
  ConvertRequest,
  FRAMEWORK_JSON_LANGUAGE_ID,
  type ConvertParams,
  type ConvertResponse,
  type ConvertTarget,
} from '../../common/protocol';

/** Where the converted file goes: beside the source, named for the other form. */
export function targetPath(sourcePath: string, target: ConvertTarget): string {
  const dir = path.posix.dirname(sourcePath);
  const base = path.posix.basename(sourcePath).replace(/(\.framework)?\.(json|jsonc|md|markdown)$/i, '');
  return path.posix.join(dir, `${base}.framework.${target === 'markdown' ? 'md' : 'json'}`);
}

/** Registers both conversion commands; `client` gives the running language client. */
export function registerConvertCommands(client: StartedClient): Disposable[] {
  return [
    commands.registerCommand('nsxFramework.convertToMarkdown', (uri?: Uri) => convert(client, 'markdown', uri)),
    commands.registerCommand('nsxFramework.convertToJson', (uri?: Uri) => convert(client, 'json', uri)),
  ];
}

async function convert(client: StartedClient, target: ConvertTarget, uri?: Uri): Promise<void> {
  const source = uri instanceof Uri ? await workspace.openTextDocument(uri) : window.activeTextEditor?.document;
  if (!source) {
    void window.showErrorMessage('Open a framework file to convert it.');
    return;
  }
  const running = await client().catch(() => undefined);
  if (!running) {
    void window.showErrorMessage('The NSX framework language server is not running.');
    return;
  }
  const params: ConvertParams = { textDocument: { uri: source.uri.toString() }, target };
  const result = await running.sendRequest<ConvertResponse>(ConvertRequest.method, params);
  if ('error' in result) {
    void window.showErrorMessage(`Cannot convert ${path.posix.basename(source.uri.path)}: ${result.error}`);
    return;
  }
  await openResult(source, target, result.text);
}

async function openResult(source: TextDocument, target: ConvertTarget, text: string): Promise<void> {
  if (source.isUntitled) {
    const doc = await workspace.openTextDocument({
      language: target === 'markdown' ? 'markdown' : FRAMEWORK_JSON_LANGUAGE_ID,
      content: text,
    });
    await window.showTextDocument(doc, { preview: false });
    return;
  }
  const destination = source.uri.with({ path: targetPath(source.uri.path, target) });
  if (await exists(destination)) {
    const overwrite = 'Overwrite';
    const answer = await window.showWarningMessage(
      `${path.posix.basename(destination.path)} already exists. Overwrite it with the converted framework?`,
      { modal: true },
      overwrite,
    );
    if (answer !== overwrite) return;
  }
  await workspace.fs.writeFile(destination, new TextEncoder().encode(text));
  await window.showTextDocument(destination, { preview: false });
}

async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
