/**
 * Custom requests between the extension and the language server, declared once for both sides.
 * Plain method names and types: the client imports this file too (the server and client packages carry
 * different versions of the protocol library, so a shared `RequestType` would not type-check on both sides).
 */
import type { FrameworkRender } from './languageService/render/types';

export type { FrameworkRender, RenderedSection, RenderAnchor } from './languageService/render/types';

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
