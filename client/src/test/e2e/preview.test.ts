/**
 * End to end: the framework preview in a real VS Code (code-server + Chromium). What is asserted is what
 * a user sees: the webview's text against the NSX page, live updates as they type, the error banner,
 * scroll sync and click-to-reveal. Also saves the README's screenshots (light and dark themes).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame } from 'playwright-core';
import { FIXTURES_DIR, REPO_ROOT } from '../../../../scripts/e2e-env.mjs';
import { pollUntil, useVsCode } from './harness';

const EXPORT = 'export-11-9179.00.json';
const FULL = fs.readFileSync(path.join(FIXTURES_DIR, 'example-full-11-9179.00.framework.json'), 'utf8');
const NSX_PAGE = fs.readFileSync(path.join(FIXTURES_DIR, 'nsx-page-11-9179.00.txt'), 'utf8').split('\n');
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

const pageText = (frame: Frame): Promise<string> => frame.evaluate(() => document.body.innerText);
const scrollY = (frame: Frame): Promise<number> => frame.evaluate(() => window.scrollY);

describe('preview in VS Code', function () {
  const session = useVsCode({ name: 'preview', files: { 'live.framework.json': FULL } }, { waitForWorkbench: true });

  it('shows the 11-9179.00 export as the NSX page, title through the last Advanced statement', async function () {
    const vs = session();
    await vs.openFile(EXPORT);
    await vs.runCommand('NSX Framework: Preview Framework');
    const from = NSX_PAGE.indexOf('Personal Service Managers, All Other');
    const to = NSX_PAGE.findIndex((l) => l.startsWith('  10. Organizational crisis and continuity response'));
    const expected = NSX_PAGE.slice(from, to + 1);
    const frame = await vs.webviewFrame('main.nsx-page h1');
    // innerText follows the layout: wait until the page is styled (list indents), not only filled.
    const firstLines = (t: string) => t.split('\n').slice(0, expected.length);
    const shown = await pollUntil(
      () => pageText(frame),
      (t) => t.includes('Organizational crisis') && JSON.stringify(firstLines(t)) === JSON.stringify(expected),
      'the preview text as the NSX page shows it',
    ).catch(async () => pageText(frame));
    assert.deepEqual(firstLines(shown), expected);
    await vs.press('Control+W'); // close the preview tab, back to the editor
  });

  it('follows typing without reloading: keeps the scroll position, shows a banner while broken, syncs scroll and reveals clicks', async function () {
    const vs = session();
    await vs.openFile('live.framework.json');
    await vs.runCommand('NSX Framework: Open Framework Preview to the Side');
    const frame = await vs.webviewFrame('main.nsx-page h1');
    await pollUntil(
      () => pageText(frame),
      (t) => t.includes('1Communication10 statements'),
      'the full preview',
    );
    // A marker on the window survives updates by postMessage, not a reload of the page.
    await frame.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

    // Editor → preview: moving the editor to a durable statement scrolls the preview down to it.
    const durableLine = lineOf(FULL, '"Client intake communication');
    await vs.goTo(durableLine, 1);
    const settled = await pollUntil(
      () => scrollY(frame),
      (y) => y > 500,
      'the preview scrolled with the editor',
    );

    // Type in the statement: the preview changes within the debounce, at the same scroll position.
    await vs.goTo(durableLine, lineOfColumn(FULL, durableLine, 'Client intake'));
    await vs.typeText('Warm ');
    await pollUntil(
      () => pageText(frame),
      (t) => t.includes('  1. Warm Client intake communication — gathers'),
      'the typed text in the preview',
      20_000,
    );
    assert.equal(await scrollY(frame), settled);
    assert.equal(await frame.evaluate(() => (window as unknown as { marker?: number }).marker), 42, 'the page was not reloaded');

    // Break the JSON: the last good page stays, under a banner naming the first error.
    await vs.typeText('"');
    const banner = await pollUntil(
      () => frame.evaluate(() => (document.getElementById('banner')?.hidden ? '' : (document.getElementById('banner')?.innerText ?? ''))),
      (t) => t !== '',
      'the error banner',
      20_000,
    );
    assert.match(banner, new RegExp(`^The preview shows the last good version\\. Line ${durableLine}: `));
    assert.ok((await pageText(frame)).includes('Warm Client intake communication'));
    await vs.press('Control+Z');
    await pollUntil(
      () => frame.evaluate(() => document.getElementById('banner')!.hidden),
      (hidden) => hidden,
      'the banner gone after undo',
      20_000,
    );

    // Preview → editor: clicking a statement selects it in the editor.
    await frame.locator('[data-anchor="aiFluency/levels/emerging/1/text"]').click();
    const budgetLine = lineOf(FULL, '"Budget template generation');
    // The editor shows its cursor's line number highlighted, whichever part of the window has the focus.
    await pollUntil(
      () => vs.cursorLines(),
      (lines) => lines.includes(budgetLine),
      `the cursor on line ${budgetLine}`,
      20_000,
    );
  });

  it('looks right in the dark and light themes (screenshots for the README)', async function () {
    const vs = session();
    const frame = await vs.webviewFrame('main.nsx-page h1');
    await vs.press('Control+B'); // hide the side bar: a wider preview for the pictures
    await frame.evaluate(() => window.scrollTo(0, 0));
    await vs.page.mouse.move(2, 600); // no tooltip over the preview
    const webview = vs.page.locator('iframe.webview.ready').first();
    const images = path.join(REPO_ROOT, 'images');
    // VS Code marks the webview's body with the theme kind; the preview's colours follow its variables.
    const theme = () =>
      frame.evaluate(() => ({
        kind: document.body.classList.contains('vscode-dark')
          ? 'dark'
          : document.body.classList.contains('vscode-light')
            ? 'light'
            : 'other',
        background: getComputedStyle(document.body).backgroundColor,
      }));
    const first = await theme();
    await vs.screenshotOf(webview, path.join(images, `preview-${first.kind}.png`));
    await vs.runCommand('Preferences: Toggle between Light/Dark Themes');
    await vs.page.mouse.move(2, 600);
    const second = await pollUntil(
      theme,
      (t) => t.kind !== first.kind && t.background !== first.background,
      'the other theme in the preview',
    );
    // The second picture shows the AI-fluency statements with their citation chips.
    await frame.evaluate(() => document.querySelector('[data-key="ai-fluency"]')!.scrollIntoView());
    await vs.screenshotOf(webview, path.join(images, `preview-${second.kind}.png`));
    assert.deepEqual([first.kind, second.kind].sort(), ['dark', 'light']);
  });

  it("passes axe-core's WCAG 2.1 AA rules in the dark and light themes, with VS Code's own webview styles", async function () {
    const vs = session();
    await vs.openFile(EXPORT); // its sources line links to the crosswalk site: a link in running text
    await vs.runCommand('NSX Framework: Preview Framework');
    const frame = await vs.webviewFrame('main.nsx-page h1');
    await pollUntil(
      () => pageText(frame),
      (t) => t.includes('Sources:'),
      'the preview down to its sources line',
    );
    const kind = () => frame.evaluate(() => (document.body.classList.contains('vscode-dark') ? 'dark' : 'light'));
    const failures: string[] = [];
    for (let round = 0; round < 2; round++) {
      const before = await kind();
      failures.push(...(await axeViolations(frame)).map((v) => `${before}: ${v}`));
      if (round === 0) {
        await vs.runCommand('Preferences: Toggle between Light/Dark Themes');
        await pollUntil(kind, (k) => k !== before, 'the other theme in the preview');
      }
    }
    assert.deepEqual(failures, []);
  });
});

/** axe-core's WCAG 2.1 A and AA violations in the webview, one line each with the elements it names. */
async function axeViolations(frame: Frame): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the webview's content security policy does not govern.
  await frame.evaluate(fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  return frame.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

/** The 1-based column of `needle` on a 1-based line of `text`. */
function lineOfColumn(text: string, line: number, needle: string): number {
  return text.split('\n')[line - 1].indexOf(needle) + 1;
}
