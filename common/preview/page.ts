/**
 * Pages made of rendered sections. Depends only on the escaper, so the extension can build the exported
 * standalone page from a render it received without bundling the renderer.
 */
import { escapeHtml } from './escape';
import type { FrameworkRender } from './types';

/** The page body: every section in its keyed wrapper (the live preview swaps wrappers by key). */
export function renderBody(render: FrameworkRender): string {
  return render.sections.map((s) => `<div class="section" data-key="${escapeHtml(s.key)}">${s.html}</div>`).join('');
}

/**
 * A standalone, self-contained HTML page of the same rendering: the stylesheet inlined, no scripts, no
 * remote loads (its policy allows inline styles and nothing else).
 */
export function renderStandaloneHtml(render: FrameworkRender, css: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(render.title || 'Framework')}</title>`,
    `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`,
    '</head>',
    `<body class="standalone"><main class="nsx-page">${renderBody(render)}</main></body>`,
    '</html>',
    '',
  ].join('\n');
}
