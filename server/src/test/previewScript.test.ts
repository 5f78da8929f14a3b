/**
 * The preview page's script (client/src/preview/webview.ts) in Chromium: keyed section updates, the
 * error banner, messages about another document dropped, clicks reported with the document URI.
 */
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { closeBrowser, requireChromium, withPage, PREVIEW_SCRIPT } from './render/browserText';

const script = PREVIEW_SCRIPT;

const URI = 'file:///w/a.framework.json';
const shell = `<!DOCTYPE html><html><body data-uri="${URI}">
<div id="banner" hidden></div>
<main id="page"><div class="section" data-key="a"><p>A</p></div><div class="section" data-key="b"><p>B</p></div><div class="section" data-key="c"><ol><li class="stmt" data-anchor="x/0">C</li></ol></div></main>
<script>window.posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.posted.push(m), getState: () => undefined, setState: () => {} });</script>
<script>${script}</script></body></html>`;

const send = (page: Page, message: unknown) =>
  page.evaluate(
    (m) =>
      new Promise<void>((resolve) => {
        window.postMessage(m, '*');
        setTimeout(resolve, 20);
      }),
    message,
  );
const keysAndText = (page: Page) =>
  page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('#page > .section')).map((e) => `${e.dataset.key}:${e.innerText}`));

describe('preview page script (Chromium)', function () {
  before(function () {
    requireChromium();
  });
  after(closeBrowser);

  it('replaces only the changed sections, keeps the others as they are, reorders and removes', async () => {
    await withPage(shell, async (page) => {
      assert.deepEqual(await page.evaluate(() => (window as unknown as { posted: unknown[] }).posted), [{ type: 'ready', uri: URI }]);
      await page.evaluate(() => ((document.querySelector('[data-key="a"]') as HTMLElement & { mark?: number }).mark = 1));
      await send(page, { type: 'update', uri: URI, order: ['a', 'b', 'c'], changed: [{ key: 'b', html: '<p>B2</p>' }] });
      assert.deepEqual(await keysAndText(page), ['a:A', 'b:B2', 'c:C']);
      assert.equal(await page.evaluate(() => (document.querySelector('[data-key="a"]') as HTMLElement & { mark?: number }).mark), 1);
      await send(page, { type: 'update', uri: URI, order: ['c', 'd', 'a'], changed: [{ key: 'd', html: '<p>D</p>' }] });
      assert.deepEqual(await keysAndText(page), ['c:C', 'd:D', 'a:A']);
    });
  });

  it('shows a banner naming the first error, clears it on the next update, and drops messages about another document', async () => {
    await withPage(shell, async (page) => {
      await send(page, { type: 'error', uri: URI, message: 'Expected a comma', line: 4, character: 2 });
      assert.equal(
        await page.evaluate(() => (document.getElementById('banner')!.hidden ? '' : document.getElementById('banner')!.innerText)),
        'The preview shows the last good version. Line 5: Expected a comma',
      );
      await send(page, { type: 'update', uri: 'file:///w/other.json', order: ['z'], changed: [{ key: 'z', html: 'Z' }] });
      assert.deepEqual(await keysAndText(page), ['a:A', 'b:B', 'c:C']);
      await send(page, { type: 'update', uri: URI, order: ['a', 'b', 'c'], changed: [{ key: 'b', html: '<p>B3</p>' }] });
      assert.equal(await page.evaluate(() => document.getElementById('banner')!.hidden), true);
      assert.deepEqual(await keysAndText(page), ['a:A', 'b:B3', 'c:C']);
    });
  });

  it('reports a click on a statement with its anchor and the document URI', async () => {
    await withPage(shell, async (page) => {
      await page.click('li.stmt');
      assert.deepEqual((await page.evaluate(() => (window as unknown as { posted: unknown[] }).posted)).at(-1), {
        type: 'reveal',
        uri: URI,
        anchor: 'x/0',
      });
    });
  });
});
