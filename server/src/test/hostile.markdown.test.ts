import { strict as assert } from 'node:assert';
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_ITEMS_COMPUTED, MAX_NESTING } from '../languageService/limits';
import { findExcessYamlNesting } from '../languageService/parse/yamlNesting';
import { mdFindings, mdFramework, mdParse } from './markdownUtil';
import { createLanguageService } from '../languageService';

// Hostile Markdown, generated in memory, as hostile.test.ts does for JSON: each finishes within mocha's
// timeout and gives its exact findings or the one notice that says what was skipped. How long each takes is
// measured by `npm run bench -- --only H` (the H figures, target 2 s), never asserted here.

const fmt = (n: number) => n.toLocaleString('en-US');
const notice = (at: string) =>
  `${at} info nesting-too-deep Values are nested more than ${MAX_NESTING} levels deep here (a framework file nests at most 7), so the file is not checked.`;

/** The small valid framework in Markdown with `yaml` as the front matter's first lines. */
const withFrontMatter = (yaml: string): string => mdFramework().replace(/^---\n/, `---\n${yaml}\n`);

/** The small valid framework in Markdown whose Emerging list holds `n` items. */
function withEmergingItems(n: number, item = (i: number) => `Headline ${i} — body of statement ${i}.`): string {
  const items = Array.from({ length: n }, (_, i) => `${i + 1}. ${item(i)}`).join('\n');
  return mdFramework().replace(/## Emerging\n(?:\d+\..*\n)+/, `## Emerging\n${items}\n`);
}

describe('hostile Markdown', () => {
  describe('10,000-deep YAML in the front matter', () => {
    it('flow lists: one notice at the bracket that goes too deep, no stack overflow', () => {
      const text = withFrontMatter(`deep: ${'['.repeat(10_000)}1${']'.repeat(10_000)}`);
      // Flow levels count from the mapping's own level (1): the 256th bracket opens level 257.
      const at = text.indexOf('[') + MAX_NESTING - 1; // line 2 starts at offset 4
      assert.deepEqual(mdFindings(text), [notice(`2:${at - 3}-2:${at - 2}`)]);
    });

    it('flow mappings, unclosed', () => {
      const text = withFrontMatter(`deep: ${'{a: '.repeat(10_000)}`);
      assert.deepEqual(
        mdFindings(text).map((f) => f.split(' ').slice(1, 3).join(' ')),
        ['info nesting-too-deep'],
      );
    });

    it('block mappings (ever deeper indentation, 2,000 deep: 10,000 would be 50 MB) and block sequences (`- - - x`)', () => {
      const mappings = withFrontMatter(Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1');
      const [first] = mdFindings(mappings);
      assert.equal(first, notice(`${MAX_NESTING + 2}:${MAX_NESTING + 1}-${MAX_NESTING + 2}:${MAX_NESTING + 2}`));
      const sequences = withFrontMatter(`deep:\n  ${'- '.repeat(10_000)}x`);
      assert.deepEqual(
        mdFindings(sequences).map((f) => f.split(' ')[2]),
        ['nesting-too-deep'],
      );
    });

    it('brackets in quotes and comments do not count; a framework is far from the limit', () => {
      assert.equal(findExcessYamlNesting(`note: "${'['.repeat(1000)}"\nother: '${'{'.repeat(1000)}'\n# ${'['.repeat(1000)}`), -1);
      assert.equal(findExcessYamlNesting(mdFramework().split('\n---\n')[0]), -1);
      assert.equal(findExcessYamlNesting(`a: it's ${'['.repeat(5)}1${']'.repeat(5)}`), -1);
      assert.equal(findExcessYamlNesting(`a: it's ${'['.repeat(MAX_NESTING)}`), `a: it's `.length + MAX_NESTING - 1);
    });

    it('just within the limit is read in full (the deep value is an unknown key)', () => {
      const text = withFrontMatter(`deep: ${'['.repeat(MAX_NESTING - 1)}1${']'.repeat(MAX_NESTING - 1)}`);
      assert.deepEqual(
        mdFindings(text).map((f) => f.split(' ')[2]),
        ['unknown-key'],
      );
    });
  });

  describe('a 50 MB .framework.md', () => {
    it('is declined in milliseconds with one notice naming the setting', () => {
      const text = withEmergingItems(10) + '1. Headline — body.\n'.repeat(2_700_000);
      assert.ok(text.length > 50_000_000);
      assert.deepEqual(mdFindings(text), [
        `1:1-1:2 info file-too-large This file has ${fmt(text.length)} characters, more than nsxFramework.maxFileSize ` +
          `(${fmt(DEFAULT_MAX_FILE_SIZE)}), so it is not checked. Raise nsxFramework.maxFileSize to check it.`,
      ]);
    });
  });

  describe('100,000 list items', () => {
    it('are beyond maxItemsComputed: one notice says what was skipped', () => {
      const text = withEmergingItems(100_000);
      const found = mdFindings(text);
      assert.equal(found.length, 1);
      assert.match(
        found[0],
        new RegExp(
          `^1:1-1:2 info file-too-large This file holds [\\d,]+ values, more than nsxFramework\\.maxItemsComputed \\(${fmt(DEFAULT_MAX_ITEMS_COMPUTED)}\\)`,
        ),
      );
    });

    it('hover, completion, symbols and the preview answer on them', () => {
      const doc = mdParse(withEmergingItems(100_000));
      const service = createLanguageService();
      const position = doc.textDocument.positionAt(doc.textDocument.getText().indexOf('Headline 99999'));
      service.doHover(doc, position);
      service.doComplete(doc, position);
      assert.ok(service.provideDocumentSymbols(doc).length > 0);
      assert.ok(service.renderPreview(doc));
    });
  });

  describe('a 1 MB line', () => {
    it('one 1 MB statement: its exact findings', () => {
      const long = `Headline — ${'word '.repeat(200_000)}`;
      const text = withEmergingItems(2, (i) => (i === 0 ? long : `Headline ${i} — body.`));
      const line = text.split('\n').findIndex((l) => l.startsWith('1. Headline —')) + 1;
      const end = `1. ${long}`.length;
      assert.deepEqual(mdFindings(text), [
        `${line}:4-${line}:${end} info statement-too-long This statement has 200001 words, more than 40: say it in fewer words or split it`,
        `${line}:${end - 1}-${line}:${end} warning statement-final-period A level statement ends with a period`,
      ]);
    });

    it('a 1 MB front matter line of junk: front matter errors, bounded', () => {
      const text = withFrontMatter(`junk: ${'[x, '.repeat(250_000)}`);
      const found = mdFindings(text);
      assert.ok(found.length >= 1 && found.every((f) => /nesting-too-deep|markdown-front-matter/.test(f)), found.slice(0, 3).join('\n'));
    });
  });
});
