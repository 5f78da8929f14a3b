/**
 * Messages between the extension and the preview webview, declared once for both sides. Every message
 * carries the URI of the framework document it is about; a side drops messages about another document.
 */
import type { RenderedSection } from '../../../common/protocol';

/** Extension → webview. */
export type ToWebview =
  /** New content: `order` is every section key in page order; `changed` holds only the sections whose HTML changed. */
  | { type: 'update'; uri: string; order: string[]; changed: RenderedSection[] }
  /** The document cannot be read: keep the last good page and show a banner naming the first error. */
  | { type: 'error'; uri: string; message: string; line: number; character: number }
  /** The editor scrolled: bring the element of this anchor to the top. */
  | { type: 'scrollTo'; uri: string; anchor: string };

/** Webview → extension. */
export type FromWebview =
  /** The page script is running (after a first load or a reload when the panel is shown again). */
  | { type: 'ready'; uri: string }
  /** The user clicked a statement: show it in the editor. */
  | { type: 'reveal'; uri: string; anchor: string }
  /** The user scrolled the preview: this anchor is at the top. */
  | { type: 'scrolled'; uri: string; anchor: string }
  /** The user clicked a link: open it in the browser (the extension checks it is http or https). */
  | { type: 'openLink'; uri: string; href: string };

/** The state the webview keeps across reloads (`acquireVsCodeApi().setState`). */
export interface WebviewState {
  uri: string;
  scrollY: number;
}
