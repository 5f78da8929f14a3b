/**
 * Custom requests between the extension and the language server, declared once for both sides.
 * Plain method names and types: the client imports this file too (the server and client packages carry
 * different versions of the protocol library, so a shared `RequestType` would not type-check on both sides).
 */
import type { FrameworkRender } from './preview/types';

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

/** The URI scheme of built-in citation views (`nsx-citation:/<key>.md`). */
export const BUILTIN_CITATION_SCHEME = 'nsx-citation';

export type { FrameworkRender, RenderedSection, RenderAnchor } from './preview/types';

export interface RenderParams {
  textDocument: { uri: string };
}

/** The answer to {@link RenderRequest}: the page, or the first error when the document cannot be read. */
export type RenderResult =
  | ({ kind: 'render'; uri: string; version: number } & FrameworkRender)
  | { kind: 'error'; uri: string; version: number; message: string; line: number; character: number };

/**
 * `nsxFramework/render`: the preview of a framework document (JSON or Markdown). `null` when the
 * document is not open or not a framework file.
 */
export type RenderResponse = RenderResult | null;
export const RenderRequest = { method: 'nsxFramework/render' } as const;

export { CONFIG_LANGUAGE_ID, FRAMEWORK_JSON_LANGUAGE_ID } from './languageId';

export interface FrameworkJsonParams {
  /** An open document with the language `json` or `jsonc` that is a framework file. */
  uri: string;
}

/**
 * `nsxFramework/frameworkJson` (server → client): a document opened as plain JSON is a framework file (by its
 * content or the `nsxFramework.files` globs); the client gives it the framework JSON language. Sent once per open.
 */
export const FrameworkJsonNotification = { method: 'nsxFramework/frameworkJson' } as const;

/** Which competency standard to export a framework to: CASE 1.1 (CFPackage JSON) or CTDL-ASN (JSON-LD). */
export type ExportTarget = 'case' | 'ctdl-asn';

export interface ExportParams {
  textDocument: { uri: string };
  target: ExportTarget;
  /** Prefix of the exported URIs (`nsxFramework.exportBaseUri`); empty or absent for `urn:uuid:<id>`. */
  baseUri?: string;
}

/** The exported text, or why there is none (a framework with errors is not exported). */
export type ExportResponse = { text: string } | { error: string };

/** `nsxFramework/export`: an open framework document as a CASE 1.1 package or CTDL-ASN; the client writes the file. */
export const ExportRequest = { method: 'nsxFramework/export' } as const;

export interface ImportCaseParams {
  /** The text of a CASE package (`*.case.json`) this extension exported. */
  text: string;
  target: ConvertTarget;
}

/** `nsxFramework/importCase`: the framework a CASE package holds, as framework JSON or Markdown text (a ConvertResponse). */
export const ImportCaseRequest = { method: 'nsxFramework/importCase' } as const;
