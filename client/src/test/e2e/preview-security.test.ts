/**
 * End to end: the preview of a framework full of injection payloads (script, handlers, javascript: and
 * data: URLs, CSS breakouts, entities) in a real VS Code. The webview's text shows every payload as
 * written, no `window.__pwned` tripwire fired in the webview, and every link is http(s).
 */
import * as assert from 'node:assert/strict';
import { injectionFramework, TEXT_PAYLOADS } from '../../../../server/src/test/render/injectionCorpus';
import { pollUntil, useVsCode } from './harness';

describe('preview security in VS Code', function () {
  const session = useVsCode(
    { name: 'preview-security', files: { 'injection.framework.json': JSON.stringify(injectionFramework(), null, 2) } },
    { waitForWorkbench: true },
  );

  it('shows every payload as inert text: no tripwire, links only http(s)', async function () {
    await session().openFile('injection.framework.json');
    await session().runCommand('NSX Framework: Preview Framework');
    const frame = await session().webviewFrame('main.nsx-page h1');
    const text = await pollUntil(
      () => frame.evaluate(() => document.body.innerText),
      (t) => t.includes('Durable'),
      'the whole preview',
    );
    for (const payload of TEXT_PAYLOADS) assert.ok(text.includes(payload), `not shown as literal text: ${payload}`);
    const state = await frame.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      parentPwned: (() => {
        try {
          return (window.parent as unknown as { __pwned?: unknown }).__pwned;
        } catch {
          return undefined; // another origin: nothing injected could reach it either
        }
      })(),
      hrefs: Array.from(document.querySelectorAll('a[href]'), (a) => a.getAttribute('href')!),
      // VS Code adds its own inline host script to every webview; the page itself loads only preview.js.
      scripts: Array.from(document.scripts, (s) => s.src).filter((src) => src),
      scriptsInPage: document.querySelectorAll('main script').length,
      injected: document.querySelectorAll(
        'main img, main iframe, main svg, main style, main link, main [onerror], main [onload], main [style]',
      ).length,
    }));
    assert.equal(state.pwned, undefined, 'an injected script or handler ran in the webview');
    assert.equal(state.parentPwned, undefined);
    assert.equal(await session().page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
    assert.equal(state.injected, 0, 'an element from the file made it into the page');
    assert.ok(state.hrefs.length > 0 && state.hrefs.every((h) => /^https?:\/\//.test(h)), state.hrefs.join(' '));
    assert.equal(state.scriptsInPage, 0);
    assert.deepEqual(
      state.scripts.map((s) => s.slice(s.lastIndexOf('/') + 1)),
      ['preview.js'],
    );
  });
});
