/** The webview's HTML shell: a strict content security policy, the stylesheet and the nonce'd script from media/. */
import { randomBytes } from 'node:crypto';
import { Uri, type Webview } from 'vscode';
import type { RenderedSection } from '../../../common/protocol';
import { shellHtml } from '../../../common/preview/shell';

/** The full page for the first render; later renders go by `postMessage`. */
export function previewShell(webview: Webview, extensionUri: Uri, uri: string, sections: RenderedSection[], message?: string): string {
  const media = (file: string): string => webview.asWebviewUri(Uri.joinPath(extensionUri, 'media', file)).toString();
  return shellHtml({
    cspSource: webview.cspSource,
    nonce: randomBytes(16).toString('base64'),
    styleUri: media('preview.css'),
    scriptUri: media('preview.js'),
    uri,
    sections,
    message,
  });
}
