/**
 * The preview manager: the preview commands, one panel per framework document, live updates debounced
 * after typing, scroll sync both ways, click-to-reveal and links opened in the browser.
 */
import {
  commands,
  env,
  Range,
  Selection,
  TextEditorRevealType,
  Uri,
  ViewColumn,
  window,
  workspace,
  type Disposable,
  type ExtensionContext,
  type TextEditor,
} from 'vscode';
import type { RenderResponse } from '../../../common/protocol';
import type { FromWebview } from './messages';
import { PreviewPanel } from './panel';

/** Asks the language server for the render of a document. */
export type RenderFn = (uri: string) => Promise<RenderResponse>;

/** Milliseconds after the last keystroke before the preview re-renders (the Markdown preview waits 300). */
export const UPDATE_DELAY = 150;
/** After one side scrolls the other, the other's own scroll events are not reported back for this long. */
const SCROLL_ECHO = 400;

export class PreviewManager implements Disposable {
  private readonly panels = new Map<string, PreviewPanel>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly disposables: Disposable[] = [];
  private ignoreEditorScrollUntil = 0;

  constructor(
    private readonly context: ExtensionContext,
    private readonly render: RenderFn,
  ) {
    this.disposables.push(
      commands.registerCommand('nsxFramework.showPreview', (uri?: Uri) => this.open(uri, false)),
      commands.registerCommand('nsxFramework.showPreviewToSide', (uri?: Uri) => this.open(uri, true)),
      workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.panels.has(e.document.uri.toString())) this.schedule(e.document.uri.toString());
      }),
      window.onDidChangeTextEditorVisibleRanges((e) => this.onEditorScrolled(e.textEditor)),
    );
  }

  /** The framework document of the focused preview, if a preview has the focus (its toolbar's commands act on it). */
  activeSource(): Uri | undefined {
    for (const [key, panel] of this.panels) if (panel.panel.active) return Uri.parse(key);
    return undefined;
  }

  /** Opens (or reveals) the preview of `uri`, or of the active editor's document. */
  async open(uri: Uri | undefined, toSide: boolean): Promise<void> {
    const document = uri ? await workspace.openTextDocument(uri) : window.activeTextEditor?.document;
    if (!document) {
      void window.showInformationMessage('Open a framework file (JSON or Markdown) to preview it.');
      return;
    }
    const key = document.uri.toString();
    const active = window.activeTextEditor;
    const column = toSide ? ViewColumn.Beside : (active?.viewColumn ?? ViewColumn.Active);
    let panel = this.panels.get(key);
    if (panel) {
      panel.panel.reveal(column, true);
    } else {
      panel = PreviewPanel.create(key, column, this.context.extensionUri, `Preview ${basename(document.uri)}`, (p, m) =>
        this.onMessage(p, m),
      );
      this.panels.set(key, panel);
      panel.panel.onDidDispose(() => this.panels.delete(key));
    }
    await this.refresh(key);
  }

  private schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => void this.refresh(uri), UPDATE_DELAY),
    );
  }

  private async refresh(uri: string): Promise<void> {
    this.timers.delete(uri);
    const panel = this.panels.get(uri);
    if (!panel) return;
    let result: RenderResponse;
    try {
      result = await this.render(uri);
    } catch (error) {
      result = {
        kind: 'error',
        uri,
        version: 0,
        message: `The language server could not render the file: ${String(error)}`,
        line: 0,
        character: 0,
      };
    }
    if (!this.panels.has(uri)) return;
    panel.show(result);
    // A render of an older version (the server had not seen the last keystrokes yet): render again.
    const document = workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (result && document && result.version !== 0 && result.version < document.version) this.schedule(uri);
  }

  private onMessage(panel: PreviewPanel, message: FromWebview): void {
    switch (message.type) {
      case 'ready':
        panel.onReady();
        break;
      case 'reveal':
        void this.reveal(panel, message.anchor, true);
        break;
      case 'scrolled':
        void this.reveal(panel, message.anchor, false);
        break;
      case 'openLink':
        openExternalLink(message.href);
        break;
      default: {
        const unexpected: never = message;
        void unexpected;
      }
    }
  }

  /** Shows the source of an anchor: selected and centred for a click, at the top for a scroll. */
  private async reveal(panel: PreviewPanel, anchorId: string, select: boolean): Promise<void> {
    const anchor = panel.anchors.find((a) => a.id === anchorId);
    if (!anchor) return;
    const visible = window.visibleTextEditors.find((e) => e.document.uri.toString() === panel.uri);
    if (!select && !visible) return;
    const document = visible?.document ?? (await workspace.openTextDocument(Uri.parse(panel.uri)));
    const range = new Range(document.positionAt(anchor.start), document.positionAt(anchor.end));
    if (!select) {
      this.ignoreEditorScrollUntil = Date.now() + SCROLL_ECHO;
      visible!.revealRange(new Range(range.start, range.start), TextEditorRevealType.AtTop);
      return;
    }
    const otherColumn = panel.panel.viewColumn === ViewColumn.One ? ViewColumn.Two : ViewColumn.One;
    const editor = await window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? otherColumn, preserveFocus: false });
    editor.selection = new Selection(range.start, range.end);
    editor.revealRange(range, TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private onEditorScrolled(editor: TextEditor): void {
    const panel = this.panels.get(editor.document.uri.toString());
    if (!panel || Date.now() < this.ignoreEditorScrollUntil || !editor.visibleRanges.length) return;
    const top = editor.document.offsetAt(editor.visibleRanges[0].start);
    // The innermost anchor starting at or above the top line (anchors are in document order).
    let id: string | undefined;
    for (const a of panel.anchors) {
      if (a.start > top) break;
      id = a.id;
    }
    if (id) panel.post({ type: 'scrollTo', uri: panel.uri, anchor: id });
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const p of this.panels.values()) p.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** Opens a link from the preview in the browser, only when it is http or https. */
export function openExternalLink(href: string): void {
  let uri: Uri;
  try {
    uri = Uri.parse(href, true);
  } catch {
    return;
  }
  if (uri.scheme === 'http' || uri.scheme === 'https') void env.openExternal(uri);
}

function basename(uri: Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
