/**
 * The webview's HTML shell as a pure function (no `vscode`): the extension fills it with webview URIs, and the
 * unit tests load the very same page in Chromium (policy, banner, landmarks) to check it.
 */
import type { RenderedSection } from './types';
import { renderBody } from './page';

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface ShellParts {
  /** The webview's `cspSource`: the only origin styles and images may come from. */
  cspSource: string;
  /** The nonce the script element carries (fresh for every page). */
  nonce: string;
  /** Where media/preview.css and media/preview.js are served from. */
  styleUri: string;
  scriptUri: string;
  /** The framework document's URI, for the page script's messages. */
  uri: string;
  sections: RenderedSection[];
  /** The error banner's text, when the document cannot be read. */
  message?: string;
}

/** The full page for the first render; later renders go by `postMessage`. */
export function shellHtml(p: ShellParts): string {
  const csp = ["default-src 'none'", `style-src ${p.cspSource}`, `script-src 'nonce-${p.nonce}'`, `img-src ${p.cspSource}`].join('; ');
  // Sections are the renderer's HTML (every string of the file escaped there).
  const body = renderBody({ title: '', sections: p.sections, anchors: [] });
  // The title names the page for assistive technology (the tab shows the panel's own title).
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Framework preview</title>
<link rel="stylesheet" href="${escape(p.styleUri)}">
</head>
<body data-uri="${escape(p.uri)}">
<div id="banner" class="banner" role="alert" ${p.message ? '' : 'hidden'}>${p.message ? escape(p.message) : ''}</div>
<main id="page" class="nsx-page">${body}</main>
<script nonce="${p.nonce}" src="${escape(p.scriptUri)}"></script>
</body>
</html>`;
}
