/** One preview panel: the webview of one framework document, its last good render and the sections it shows. */
import { Uri, ViewColumn, window, type Disposable, type WebviewPanel } from 'vscode';
import type { RenderAnchor, RenderedSection, RenderResponse } from '../../../common/protocol';
import { previewShell } from './html';
import type { FromWebview, ToWebview } from './messages';

export const PREVIEW_VIEW_TYPE = 'nsxFramework.preview';

export class PreviewPanel {
  /** The sections the webview shows now (after the updates posted so far), by key. */
  private shown = new Map<string, string>();
  /** The sections of the HTML the panel was created with (what a reload of the webview brings back). */
  private initial = new Map<string, string>();
  private current: RenderedSection[] = [];
  /** Source anchors of the last good render, in document order. */
  anchors: RenderAnchor[] = [];
  private hasPage = false;
  private readonly disposables: Disposable[] = [];

  constructor(
    readonly uri: string,
    readonly panel: WebviewPanel,
    private readonly extensionUri: Uri,
    onMessage: (panel: PreviewPanel, message: FromWebview) => void,
  ) {
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: FromWebview) => {
        // Drop anything that is not about this panel's document.
        if (message && typeof message === 'object' && message.uri === this.uri) onMessage(this, message);
      }),
    );
  }

  static create(
    uri: string,
    column: ViewColumn,
    extensionUri: Uri,
    title: string,
    onMessage: (panel: PreviewPanel, message: FromWebview) => void,
  ): PreviewPanel {
    const panel = window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      title,
      { viewColumn: column, preserveFocus: true },
      {
        enableScripts: true, // only the nonce'd media/preview.js runs (see the CSP in html.ts)
        enableForms: false,
        enableCommandUris: false,
        localResourceRoots: [Uri.joinPath(extensionUri, 'media')],
      },
    );
    return new PreviewPanel(uri, panel, extensionUri, onMessage);
  }

  /** Shows a render result: the first good one sets the page, later ones post only the changed sections. */
  show(result: RenderResponse): void {
    if (!result) {
      if (!this.hasPage) this.setPage([], 'This file is not a framework file, so there is nothing to preview.');
      return;
    }
    if (result.kind === 'error') {
      if (!this.hasPage) this.setPage([], `Line ${result.line + 1}: ${result.message}`);
      else this.post({ type: 'error', uri: this.uri, message: result.message, line: result.line, character: result.character });
      return;
    }
    this.anchors = result.anchors;
    this.current = result.sections;
    if (result.title) this.panel.title = `Preview ${result.title}`;
    if (!this.hasPage) this.setPage(result.sections);
    else this.postChanges(this.shown);
  }

  /** The webview (re)loaded: bring it from its initial HTML to the current sections. */
  onReady(): void {
    this.shown = new Map(this.initial);
    if (this.hasPage) this.postChanges(this.shown);
  }

  post(message: ToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  private setPage(sections: RenderedSection[], banner?: string): void {
    this.hasPage = sections.length > 0;
    this.initial = new Map(sections.map((s) => [s.key, s.html]));
    this.shown = new Map(this.initial);
    this.panel.webview.html = previewShell(this.panel.webview, this.extensionUri, this.uri, sections, banner);
  }

  private postChanges(base: Map<string, string>): void {
    const changed = this.current.filter((s) => base.get(s.key) !== s.html);
    const order = this.current.map((s) => s.key);
    const sameOrder = order.length === base.size && order.every((k) => base.has(k));
    if (changed.length === 0 && sameOrder) {
      this.post({ type: 'update', uri: this.uri, order, changed: [] }); // clears a stale error banner
      return;
    }
    this.shown = new Map(this.current.map((s) => [s.key, s.html]));
    this.post({ type: 'update', uri: this.uri, order, changed });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}
