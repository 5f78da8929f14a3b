/**
 * The preview against an injection corpus in real Chromium (/usr/bin/chromium): the page is served as the
 * webview serves it (the same shell, content security policy, stylesheet and nonce'd script), every request,
 * console message and page error is recorded, and a `window.__pwned` tripwire catches any payload that runs.
 * The page is also loaded with no policy at all, so the escaping alone is shown to hold, and the exported
 * standalone page is checked the same way.
 */
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../languageService';
import { renderBody, renderStandaloneHtml, type FrameworkRender } from '../languageService/render';
import { toMarkdown } from '../languageService/convert/toMarkdown';
import { closeBrowser, loadAsWebview, openPage, PREVIEW_CSS, requireChromium, WEBVIEW_ORIGIN as ORIGIN } from './render/browserText';
import { BREAKOUT_URL, injectionFramework, TEXT_PAYLOADS, URL_PAYLOADS } from './render/injectionCorpus';

const service = createLanguageService();

function renderOf(text: string, uri: string): FrameworkRender {
  const result = service.renderPreview(service.parse(TextDocument.create(uri, uri.endsWith('.md') ? 'markdown' : 'json', 1, text)));
  assert.ok('render' in result, JSON.stringify(result));
  return result.render;
}

/** The webview's shell (client/src/preview/html.ts) with `cspSource` the test origin; `csp: false` drops the policy. */
function shell(render: FrameworkRender, csp = true): string {
  const nonce = 'dGVzdG5vbmNl';
  const policy = `default-src 'none'; style-src ${ORIGIN}; script-src 'nonce-${nonce}'; img-src ${ORIGIN}`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
${csp ? `<meta http-equiv="Content-Security-Policy" content="${policy}">` : ''}
<link rel="stylesheet" href="${ORIGIN}/media/preview.css"></head>
<body data-uri="file:///w/x.framework.json"><div id="banner" class="banner" role="alert" hidden></div>
<main id="page" class="nsx-page">${renderBody(render)}</main>
<script nonce="${nonce}" src="${ORIGIN}/media/preview.js"></script></body></html>`;
}

interface Visit {
  requests: string[];
  console: string[];
  errors: string[];
  dialogs: string[];
  pwned: unknown;
  text: string;
  hrefs: string[];
}

/** Serves `html` at the test origin (and the preview's own files), loads it and records everything that happens. */
async function visit(html: string): Promise<Visit> {
  const page: Page = await openPage();
  const v: Visit = { requests: [], console: [], errors: [], dialogs: [], pwned: undefined, text: '', hrefs: [] };
  try {
    page.on('request', (r) => v.requests.push(r.url()));
    page.on('console', (m) => v.console.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => v.errors.push(e.message));
    page.on('dialog', (d) => (v.dialogs.push(d.message()), void d.dismiss()));
    await loadAsWebview(page, html);
    // Give handlers (onerror, onload) a turn of the event loop to fire.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    v.pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
    v.text = await page.evaluate(() => document.body.innerText);
    v.hrefs = await page.evaluate(() => Array.from(document.querySelectorAll('a[href]'), (a) => a.getAttribute('href')!));
    return v;
  } finally {
    await page.close();
  }
}

function assertInert(v: Visit, own: string[]): void {
  assert.equal(v.pwned, undefined, 'an injected script or handler ran');
  assert.deepEqual(v.dialogs, []);
  assert.deepEqual(v.errors, []);
  assert.deepEqual(v.console, [], 'console messages (a policy violation means something injected tried to load)');
  assert.deepEqual([...new Set(v.requests)].sort(), own.sort(), 'requests other than the page and its own files');
  for (const href of v.hrefs) assert.match(href, /^https?:\/\//, `a link that is not http(s): ${href}`);
  // Entities in the file are text too: they show as written, not decoded.
  for (const payload of TEXT_PAYLOADS) assert.ok(v.text.includes(payload), `not shown as literal text: ${payload}`);
}

const OWN = [`${ORIGIN}/index.html`, `${ORIGIN}/media/preview.css`, `${ORIGIN}/media/preview.js`];

describe('preview injection corpus (Chromium)', function () {
  this.timeout(60_000);
  before(function () {
    requireChromium();
  });
  after(closeBrowser);

  const json = JSON.stringify(injectionFramework(), null, 2);
  const markdown = toMarkdown(injectionFramework());

  for (const [name, text, uri] of [
    ['JSON', json, 'file:///w/x.framework.json'],
    ['Markdown', markdown, 'file:///w/x.framework.md'],
  ] as const) {
    it(`${name}: under the webview's policy nothing runs, nothing leaves, every payload is literal text`, async () => {
      assertInert(await visit(shell(renderOf(text, uri))), OWN);
    });

    it(`${name}: with no policy at all, the escaping alone keeps every payload inert`, async () => {
      assertInert(await visit(shell(renderOf(text, uri), false)), OWN);
    });
  }

  it('links only to http(s): the citation with an attribute-breaking URL links to exactly that URL, the others are not links', async () => {
    const v = await visit(shell(renderOf(json, 'file:///w/x.framework.json')));
    assert.deepEqual([...new Set(v.hrefs)], [new URL(BREAKOUT_URL).href]);
    for (const url of URL_PAYLOADS) assert.ok(!v.hrefs.includes(url));
  });

  it('control: the recorder sees an unescaped payload run and a request leave', async () => {
    const v = await visit(`<body><img src="https://evil.test/x" onerror="window.__pwned = 'img'"></body>`);
    assert.equal(v.pwned, 'img');
    assert.ok(v.requests.includes('https://evil.test/x'));
  });

  it('the exported standalone page: no script element, a policy meta tag, nothing runs or leaves', async () => {
    const html = renderStandaloneHtml(renderOf(json, 'file:///w/x.framework.json'), PREVIEW_CSS);
    assert.ok(!/<script/i.test(html), 'the exported page has a script element');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assertInert(await visit(html), [`${ORIGIN}/index.html`]);
  });
});
