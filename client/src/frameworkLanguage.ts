/**
 * Framework JSON files have a language of their own (`nsx-framework-json`): `*.framework.json` by name (package.json),
 * and any other JSON file the server finds to be a framework (by its content or the `nsxFramework.files` globs) is
 * switched to it when the server says so. Under `json` such a file would get every problem twice, once from VS Code's
 * JSON support and once from us; under our language it gets ours, with JSON's colours, formatting and folding.
 */
import { languages, workspace } from 'vscode';
import { FRAMEWORK_JSON_LANGUAGE_ID } from '../../common/protocol';

/** Documents switched in this session: once each, so a user who switches one back to JSON keeps that choice. */
const switched = new Set<string>();

/** Gives the open JSON document `uri` the framework JSON language (the server found it is a framework). */
export async function adoptFrameworkJson(uri: string): Promise<void> {
  if (switched.has(uri)) return;
  const document = workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!document || (document.languageId !== 'json' && document.languageId !== 'jsonc')) return;
  switched.add(uri);
  await languages.setTextDocumentLanguage(document, FRAMEWORK_JSON_LANGUAGE_ID);
}
