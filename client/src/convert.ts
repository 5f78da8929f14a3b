/**
 * "Convert to Markdown" and "Convert to JSON": the server converts the framework (a pure function of the
 * parsed document); here the result becomes a new file beside the source (`x.framework.json` ⇄
 * `x.framework.md`), never overwriting an existing file without asking. Untitled sources give untitled results.
 */
import * as path from 'node:path';
import { commands, type Disposable, type Uri } from 'vscode';
import { commandDocument, openConverted, requestText } from './commandSupport';
import type { StartedClient } from './startedClient';
import { ConvertRequest, FRAMEWORK_JSON_LANGUAGE_ID, type ConvertParams, type ConvertTarget } from '../../common/protocol';

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
  const source = await commandDocument(uri, 'Open a framework file to convert it.', 'error');
  if (!source) return;
  const params = (): ConvertParams => ({ textDocument: { uri: source.uri.toString() }, target });
  const text = await requestText(client, ConvertRequest.method, params, `Cannot convert ${path.posix.basename(source.uri.path)}`);
  if (text === undefined) return;
  await openConverted(source, text, {
    language: target === 'markdown' ? 'markdown' : FRAMEWORK_JSON_LANGUAGE_ID,
    destinationPath: (sourcePath) => targetPath(sourcePath, target),
    overwriteQuestion: 'Overwrite it with the converted framework?',
  });
}
