/** Custom requests between the client and the server, declared once for both sides. */

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
