/** The webview's HTML shell: a strict content security policy, the stylesheet and the nonce'd script from media/. */
import { randomBytes } from 'node:crypto';
import { Uri, type Webview } from 'vscode';
import type { RenderedSection } from '../../../shared/protocol';
import { renderBody } from '../../../shared/preview/page';

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The full page for the first render; later renders go by `postMessage`. */
export function previewShell(webview: Webview, extensionUri: Uri, uri: string, sections: RenderedSection[], message?: string): string {
  const nonce = randomBytes(16).toString('base64');
  const media = (file: string): string => webview.asWebviewUri(Uri.joinPath(extensionUri, 'media', file)).toString();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${webview.cspSource}`,
  ].join('; ');
  // Sections are the renderer's HTML (every string of the file escaped there).
  const body = renderBody({ title: '', sections, anchors: [] });
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${media('preview.css')}">
</head>
<body data-uri="${escape(uri)}">
<div id="banner" class="banner" role="alert" ${message ? '' : 'hidden'}>${message ? escape(message) : ''}</div>
<main id="page" class="nsx-page">${body}</main>
<script nonce="${nonce}" src="${media('preview.js')}"></script>
</body>
</html>`;
}
