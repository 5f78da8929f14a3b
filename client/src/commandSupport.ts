/**
 * The steps the commands that act on a framework file share, done one way for all: find the document, ask the
 * language server, tell the user why nothing happened, and write a file only after asking before replacing one.
 */
import * as path from 'node:path';
import { Uri, window, workspace, type TextDocument } from 'vscode';
import type { StartedClient } from './startedClient';
import type { ConvertResponse, ExportResponse } from '../../common/protocol';

/**
 * The document a command acts on: the one `uri` names when it is a Uri (the Explorer's and the editor title's
 * menus pass the file; the Command Palette passes nothing and keybindings may pass anything), else the active
 * editor's. When there is none, `missing` is shown, as an error or (by default) as information.
 */
export async function commandDocument(
  uri: unknown,
  missing: string,
  severity: 'information' | 'error' = 'information',
): Promise<TextDocument | undefined> {
  const document = uri instanceof Uri ? await workspace.openTextDocument(uri) : window.activeTextEditor?.document;
  if (!document) void (severity === 'error' ? window.showErrorMessage(missing) : window.showInformationMessage(missing));
  return document;
}

/**
 * The text the server answers to the custom request `method` (common/protocol.ts), once the language client has
 * started. Undefined when the client is not running or the server answers an error; either is shown, the error as
 * `<failure>: <error>`. `params` is called only once the client runs, so it reads the document and the settings as
 * they are when the request is sent.
 */
export async function requestText(
  client: StartedClient,
  method: string,
  params: () => object,
  failure: string,
): Promise<string | undefined> {
  const running = await client().catch(() => undefined);
  if (!running) {
    void window.showErrorMessage('The NSX framework language server is not running.');
    return undefined;
  }
  const result = await running.sendRequest<ConvertResponse | ExportResponse>(method, params());
  if ('error' in result) {
    void window.showErrorMessage(`${failure}: ${result.error}`);
    return undefined;
  }
  return result.text;
}

/**
 * Whether `file` may be written: it does not exist, or the user chose "Overwrite" in the modal dialog that says it
 * exists and asks `question`.
 */
export async function mayWrite(file: Uri, question: string): Promise<boolean> {
  if (!(await exists(file))) return true;
  const overwrite = 'Overwrite';
  const answer = await window.showWarningMessage(
    `${path.posix.basename(file.path)} already exists. ${question}`,
    { modal: true },
    overwrite,
  );
  return answer === overwrite;
}

/**
 * A conversion's result as a new file: untitled (in `language`) for an untitled source; else beside the source at
 * `destinationPath` of its path, written once {@link mayWrite} allows it, then opened.
 */
export async function openConverted(
  source: TextDocument,
  text: string,
  to: { language: string; destinationPath: (sourcePath: string) => string; overwriteQuestion: string },
): Promise<void> {
  if (source.isUntitled) {
    await window.showTextDocument(await workspace.openTextDocument({ language: to.language, content: text }), { preview: false });
    return;
  }
  const destination = source.uri.with({ path: to.destinationPath(source.uri.path) });
  if (!(await mayWrite(destination, to.overwriteQuestion))) return;
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
