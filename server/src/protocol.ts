/**
 * Custom requests between the client and the server, declared once for both sides (plain types: the
 * client sends `ConvertRequest.method` with `ConvertParams` and reads a `ConvertResponse`).
 */
/** Which form to convert a framework document to. */
export type ConvertTarget = 'markdown' | 'json';

export interface ConvertParams {
  textDocument: { uri: string };
  target: ConvertTarget;
}

/** The converted text, or why there is none. */
export type ConvertResponse = { text: string } | { error: string };

/** Converts an open framework document to its other form (JSON ⇄ Markdown); the client writes the file. */
export const ConvertRequest = { method: 'nsxFramework/convert' } as const;

/** The read-only view of a built-in citation (`nsx-citation:/<key>.md`), as Markdown. */
export const BuiltinCitationRequest = { method: 'nsxFramework/builtinCitation' } as const;

export interface BuiltinCitationParams {
  /** The `nsx-citation:` URI the editor opened. */
  uri: string;
}

/** The view's Markdown, or null for an unknown key. */
export type BuiltinCitationResult = string | null;

/** The URI scheme of built-in citation views (`nsx-citation`). */
export { BUILTIN_CITATION_SCHEME } from './languageService/features/navigation/builtinView';
