/** Test helper: the visible text (`document.body.innerText`) of rendered HTML in Debian's Chromium. */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.NSX_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = (): boolean => existsSync(CHROMIUM);

export const PREVIEW_CSS = readFileSync(path.join(__dirname, '..', '..', '..', '..', 'media', 'preview.css'), 'utf8');

let browser: Browser | undefined;

/** Loads `html` (a whole page) with `page.setContent` and returns `document.body.innerText`. */
export async function innerTextOf(html: string): Promise<string> {
  browser ??= await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.evaluate(() => document.body.innerText);
  } finally {
    await page.close();
  }
}

/** Closes the shared browser (call from an `after` hook). */
export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}
