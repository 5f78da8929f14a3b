/** Test helper: the visible text (`document.body.innerText`) of rendered HTML in Debian's Chromium. */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.NSX_CHROMIUM ?? '/usr/bin/chromium';
/** Fails plainly when Debian's Chromium is missing: these tests must run, never be skipped (`.ci/run` installs it). */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run the preview tests`);
}

/** The preview page's script (client/src/preview/webview.ts), bundled for the browser as the build bundles it. */
export const PREVIEW_SCRIPT = buildSync({
  entryPoints: [path.join(__dirname, '..', '..', '..', '..', 'client', 'src', 'preview', 'webview.ts')],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  write: false,
}).outputFiles[0].text;

export const PREVIEW_CSS = readFileSync(path.join(__dirname, '..', '..', '..', '..', 'media', 'preview.css'), 'utf8');

let browser: Browser | undefined;

async function getBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
  return browser;
}

/** Loads `html` (a whole page) with `page.setContent` and runs `use` on the page. */
export async function withPage<T>(html: string, use: (page: Page) => Promise<T>): Promise<T> {
  const page = await (await getBrowser()).newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await use(page);
  } finally {
    await page.close();
  }
}

/** A new blank page of the shared browser; the caller closes it. */
export async function openPage(): Promise<Page> {
  return (await getBrowser()).newPage();
}

/** Loads `html` (a whole page) and returns `document.body.innerText`. */
export function innerTextOf(html: string): Promise<string> {
  return withPage(html, (page) => page.evaluate(() => document.body.innerText));
}

/** The origin the tests serve the webview's page from (the shell's `cspSource`). */
export const WEBVIEW_ORIGIN = 'https://nsx-preview.test';

/**
 * Loads `html` into `page` as the webview serves it: at the test origin, beside the preview's own stylesheet and
 * script (media/preview.css, media/preview.js), every other request refused, and with the `acquireVsCodeApi` that
 * VS Code gives a webview (here one that does nothing).
 */
export async function loadAsWebview(page: Page, html: string): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { acquireVsCodeApi: unknown }).acquireVsCodeApi = () => ({ postMessage() {}, getState() {}, setState() {} });
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === `${WEBVIEW_ORIGIN}/index.html`) return route.fulfill({ contentType: 'text/html', body: html });
    if (url === `${WEBVIEW_ORIGIN}/media/preview.css`) return route.fulfill({ contentType: 'text/css', body: PREVIEW_CSS });
    if (url === `${WEBVIEW_ORIGIN}/media/preview.js`) return route.fulfill({ contentType: 'text/javascript', body: PREVIEW_SCRIPT });
    return route.abort();
  });
  await page.goto(`${WEBVIEW_ORIGIN}/index.html`, { waitUntil: 'load' });
}

/** Closes the shared browser (call from an `after` hook). */
export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}
