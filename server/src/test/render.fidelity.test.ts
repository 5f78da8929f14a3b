/**
 * Fidelity of the preview to the NSX page: the rendered page's visible text (`document.body.innerText`
 * in Chromium, with the preview's stylesheet) against the text of the NSX page for 11-9179.00.
 */
import * as assert from 'node:assert/strict';
import { renderFramework, renderStandaloneHtml } from '../languageService/render';
import { closeBrowser, requireChromium, innerTextOf, PREVIEW_CSS, withPage } from './render/browserText';
import { parse, readFixture } from './util';

/** The text of the NSX page for 11-9179.00 (test-fixtures/nsx-page-11-9179.00.txt, unchanged). */
function nsxPageLines(): string[] {
  return readFixture('nsx-page-11-9179.00.txt').split('\n');
}

async function previewLines(fixture: string): Promise<string[]> {
  const doc = parse(readFixture(fixture), `file:///work/${fixture}`);
  const text = await innerTextOf(renderStandaloneHtml(renderFramework(doc), PREVIEW_CSS));
  return text.split('\n');
}

describe('preview fidelity to the NSX page (Chromium innerText)', function () {
  before(function () {
    requireChromium();
  });
  after(closeBrowser);

  it('shows the 11-9179.00 export as NSX does, from the title through the last Advanced statement, line for line', async () => {
    const page = nsxPageLines();
    const from = page.indexOf('Personal Service Managers, All Other');
    const to = page.findIndex((l) => l.startsWith('  10. Organizational crisis and continuity response'));
    assert.ok(from > 0 && to > from, 'the reference page has the title and the last Advanced statement');
    const expected = page.slice(from, to + 1);

    const shown = await previewLines('export-11-9179.00.json');
    assert.deepEqual(shown.slice(0, expected.length), expected);
  });

  it('shows the full-format fixture as the whole NSX page, except the lines named here', async () => {
    // Lines of the NSX page that the preview does not show, each with its reason. A removed line takes
    // the blank line that follows it, as the page would without it.
    const notShown: Record<string, string> = {
      'NSXNational Skills ExchangeSign in': 'the NSX site header, not part of the framework',
      'Back to Framework': 'NSX site navigation',
      'Authoritative source data identified for 998 occupations': 'a statistic about the NSX site, not in the file',
      'Suggest an O*NET correction': 'a link to an NSX feedback form, which a local file has no use for',
    };
    // The page contradicts itself on two statement counts; the preview counts the statements it lists.
    const pageInconsistent: Record<string, [string, string]> = {
      '1Communication13 statements': ['1Communication10 statements', 'the page lists 1 + 2 + 4 + 3 = 10 Communication statements'],
      '3Metacognition12 statements': ['3Metacognition11 statements', 'the page lists 3 + 2 + 3 + 3 = 11 Metacognition statements'],
    };
    const page = nsxPageLines();
    const expected: string[] = [];
    for (let i = 0; i < page.length; i++) {
      if (page[i] in notShown) {
        if (page[i + 1] === '') i++;
        continue;
      }
      // NSX links every citation chip ("… Opens in new tab."); this file defines its four citations without
      // a URL, so the preview shows them as chips that are not links and does not announce a new tab.
      expected.push(pageInconsistent[page[i]]?.[0] ?? page[i].replaceAll('. Opens in new tab.', '.'));
    }

    const shown = await previewLines('example-full-11-9179.00.framework.json');
    assert.deepEqual(shown, expected);
  });

  it('joins the related titles with " · " as NSX does, for the eye, for copy and paste, and in the exported HTML', async () => {
    const titles = ['Communications Equipment Operator', 'Equipment Operator', 'Facsimile Machine Operator'];
    const framework = JSON.parse(readFixture('example-full-11-9179.00.framework.json'));
    framework.onetEnrichment.relatedTitles = titles;
    const render = renderFramework(parse(JSON.stringify(framework, null, 2), 'file:///work/related.framework.json'));
    const joined = 'Communications Equipment Operator · Equipment Operator · Facsimile Machine Operator';
    // The page as the preview shows it (its stylesheet), and as Export Framework as HTML writes it (the same page, styles inline).
    for (const html of [renderStandaloneHtml(render, PREVIEW_CSS), renderStandaloneHtml(render, '')]) {
      const lines = (await innerTextOf(html)).split('\n');
      assert.equal(lines[lines.indexOf('Related titles') + 1], joined);
      // What a copy of the titles gives: select them from the heading to the next one.
      const copied = await withPage(html, (page) =>
        page.evaluate(() => {
          const heading = Array.from(document.querySelectorAll('h3')).find((h) => h.textContent === 'Related titles')!;
          const range = document.createRange();
          range.setStartAfter(heading);
          range.setEndBefore(heading.nextElementSibling!.nextElementSibling!);
          const selection = window.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          return selection.toString().trim();
        }),
      );
      assert.equal(copied, joined);
    }
  });
});
