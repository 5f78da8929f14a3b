/**
 * Read-only views of built-in citations: "go to definition" on a built-in key opens
 * `nsx-citation:/<key>.md`, whose Markdown the language server provides.
 */
import { workspace, type Disposable, type TextDocumentContentProvider, type Uri } from 'vscode';
import type { StartedClient } from './startedClient';
import {
  BUILTIN_CITATION_SCHEME,
  BuiltinCitationRequest,
  type BuiltinCitationParams,
  type BuiltinCitationResult,
} from '../../common/protocol';

/** Registers the content provider of the `nsx-citation:` scheme. */
export function registerBuiltinCitations(client: StartedClient): Disposable {
  const provider: TextDocumentContentProvider = {
    async provideTextDocumentContent(uri: Uri): Promise<string> {
      const params: BuiltinCitationParams = { uri: uri.toString(true) };
      const content = await (await client()).sendRequest<BuiltinCitationResult>(BuiltinCitationRequest.method, params);
      return content ?? `No built-in citation at ${uri.toString(true)}.\n`;
    },
  };
  return workspace.registerTextDocumentContentProvider(BUILTIN_CITATION_SCHEME, provider);
}
