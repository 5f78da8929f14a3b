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
