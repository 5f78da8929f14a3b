/**
 * The one scan of a statement's words that every rule of substance reads, and the task matcher built on it, against
 * plain definitions written with regular expressions and sets: on seeded random texts of words with the suffixes
 * the stemmer handles, upper and lower case, accented and non-Latin letters, dashes and every kind of white space.
 */
import { strict as assert } from 'node:assert';
import { SHARED_WORDS, TaskMatcher } from '../languageService/grounding';
import { contentStems, StatementWords, TextWindow, wordHash } from '../languageService/util/words';
import { ODD, rng, type Random } from './fuzz/mutate';

const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)];

const STEMS = ['budget', 'polic', 'fl', 'plan', 'coordinat', 'addre', 'staff', 'report', 'ai', 'us', 'data', 'set', 'invoic', 'ten'];
const ENDINGS = [
  '',
  's',
  'ies',
  'y',
  'sses',
  'ing',
  'ning',
  'ation',
  'ations',
  'ment',
  'ed',
  'er',
  'or',
  'ly',
  'e',
  'al',
  'ion',
  'ss',
  'us',
  'is',
];
const OTHER_WORDS = [
  'the',
  'and',
  'with',
  'uses',
  'using',
  'work',
  'tasks',
  '2024',
  '3D',
  'x',
  'Über',
  'façade',
  'ÉTAT',
  'İstanbul',
  '東京',
  'данные',
  '𝐀lpha',
  '²',
  'H₂O',
  'ⁿ',
  '½',
];
const GAPS = [
  ' ',
  ' ',
  ' ',
  '  ',
  ' — ',
  '-',
  "'",
  ', ',
  '. ',
  '\u00a0',
  '\t',
  '\n',
  '\u2009',
  '\u3000',
  ' … ',
  ' “',
  '” ',
  ' / ',
  ' (',
  ') ',
  ...ODD,
];

function randomWord(r: Random): string {
  if (r() < 0.25) return pick(r, OTHER_WORDS);
  const word = pick(r, STEMS) + pick(r, ENDINGS);
  const casing = r();
  return casing < 0.15 ? word.toUpperCase() : casing < 0.35 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

function randomText(r: Random, words: number): string {
  let text = r() < 0.2 ? pick(r, GAPS) : '';
  for (let i = 0; i < words; i++) text += (i ? pick(r, GAPS) : '') + randomWord(r);
  return text;
}

/** A reader's words: runs of non-space that hold a letter or digit of any script. */
const readerWords = (text: string): number => text.split(/\s+/).filter((run) => /[\p{L}\p{N}]/u.test(run)).length;

/** The scan's words: runs of ASCII letters and digits and the Latin letters U+00C0–U+024F but × and ÷. */
function scannedWords(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/[a-zA-Z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+/g)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

describe('the scan of a statement’s words', () => {
  it('finds the words, offsets and hashes a regular expression finds, and counts words as a reader does', () => {
    const r = rng(42);
    const words = new StatementWords();
    for (let n = 0; n < 3000; n++) {
      const text = randomText(r, Math.floor(r() * 90));
      words.read(text);
      const expected = scannedWords(text);
      assert.deepEqual(
        Array.from({ length: words.count }, (_, i) => ({ word: words.word(i), start: words.starts[i], end: words.ends[i] })),
        expected,
        text,
      );
      for (let i = 0; i < words.count; i++) {
        const word = text.slice(words.starts[i], words.ends[i]);
        const ascii = /^[\x00-\x7f]*$/.test(word);
        assert.equal(words.ascii[i], ascii ? 1 : 0, word);
        if (!ascii) continue;
        assert.equal(words.hashes[i], wordHash(word.toLowerCase()), word);
        assert.equal(words.pairs[i], word.length >= 2 ? wordHash(word.toLowerCase(), 2) : 0, word);
      }
      assert.equal(words.readerWords, readerWords(text), JSON.stringify(text));
      // Only the first words from an offset on (a durable-skill statement's opening words): the same words, counted alike.
      const from = Math.floor(r() * (text.length + 1));
      const limit = Math.floor(r() * 8);
      const partial = expected.filter((w) => w.start >= from).slice(0, limit);
      words.read(text, from, limit);
      assert.deepEqual(
        Array.from({ length: words.count }, (_, i) => ({ word: words.word(i), start: words.starts[i], end: words.ends[i] })),
        partial,
        `${JSON.stringify(text)} from ${from}, ${limit} words`,
      );
      assert.equal(words.readerWords, readerWords(text), JSON.stringify(text));
    }
  });

  it('reads a statement longer than any real one (a hostile file’s) as it reads a short one, and a short one after it', () => {
    const r = rng(9);
    const words = new StatementWords();
    const texts = [randomText(r, 12_000), randomText(r, 20), randomText(r, 15_000), 'Plan — set the budget.'];
    // Longer than the reused buffer grows to (65,536 code units): read from a buffer of their own.
    assert.ok(texts[0].length > 1 << 16 && texts[2].length > 1 << 16, `${texts[0].length}, ${texts[2].length}`);
    for (const text of texts) {
      words.read(text);
      assert.deepEqual(
        Array.from({ length: words.count }, (_, i) => ({ word: words.word(i), start: words.starts[i], end: words.ends[i] })),
        scannedWords(text),
      );
      assert.equal(words.readerWords, readerWords(text));
    }
  });

  it('reads statements where they stand in their document’s text (one window of it at a time) as it reads a copy of each', () => {
    const r = rng(17);
    // Texts of a JSON list, as in a framework file: with escapes (read from a copy), without (read where they stand),
    // enough of them that the text spans several windows, and one longer than a window.
    const texts = Array.from({ length: 2500 }, (_, n) => {
      const text = randomText(r, n === 1201 ? 14_000 : Math.floor(r() * 60));
      return n % 3 === 0 ? text : text.replace(/[\u0000-\u001f"\\\ud800-\udfff]/g, ' ');
    });
    const tokens = texts.map((t) => JSON.stringify(t));
    let document = '[';
    const offsets = tokens.map((token, n) => {
      if (n > 0) document += ',\n  ';
      const at = document.length + 1;
      document += token;
      return token.length === texts[n].length + 2 ? at : -1;
    });
    document += ']';
    assert.ok(document.length > 3 << 16, `${document.length}`);
    assert.ok(offsets.filter((o) => o < 0).length > 500 && offsets.filter((o) => o >= 0).length > 1500);
    assert.equal(offsets[1201] >= 0 && texts[1201].length > 1 << 16, true, 'a text longer than a window, read from a copy');
    const inPlace = new StatementWords();
    const copied = new StatementWords();
    // Windows of the real size, and small ones: then hundreds of statements fall across a window's end.
    for (const window of [new TextWindow(), new TextWindow(300)]) {
      window.reset(document);
      const fields = (w: StatementWords) => ({
        words: Array.from({ length: w.count }, (_, i) => ({
          word: w.word(i),
          start: w.starts[i],
          end: w.ends[i],
          hash: w.hashes[i],
          prefix: w.prefixes[i],
          pair: w.pairs[i],
          ascii: w.ascii[i],
          is: w.is(i, w.word(i)),
          startsWith: w.startsWith(i, w.word(i).slice(0, 3)),
        })),
        readerWords: w.readerWords,
      });
      texts.forEach((text, n) => {
        assert.equal(offsets[n] < 0 || document.slice(offsets[n], offsets[n] + text.length) === text, true);
        assert.deepEqual(fields(inPlace.read(text, 0, Infinity, window, offsets[n])), fields(copied.read(text)), JSON.stringify(text));
        const from = Math.floor(r() * (text.length + 1));
        assert.deepEqual(
          fields(inPlace.read(text, from, 3, window, offsets[n])),
          fields(copied.read(text, from, 3)),
          `${JSON.stringify(text)} from ${from}`,
        );
      });
    }
  });

  it('gives a statement’s place in the window only with the code unit after it there', () => {
    const text = '["aa bb","cc dd","ee ff"]';
    const window = new TextWindow(13);
    window.reset(text);
    assert.equal(window.at(2, 5), 0); // the window is now offsets 2 to 14
    assert.equal(window.at(10, 2), 8); // "cc" and the space after it are in it
    assert.equal(window.at(10, 4), -1); // the unit after "cc d" is a letter: a word would not end there
    assert.equal(window.at(10, 5), 0); // the unit after it is not: the window moves to it
    assert.equal(window.at(2, 13), -1); // no window holds it and the unit after it
    assert.equal(window.at(18, 7), -1); // it ends the text: no unit after it
    assert.deepEqual(Array.from(window.units.subarray(0, 5), (c) => String.fromCharCode(c)).join(''), 'cc dd');
  });

  it('finds a word beginning at or after an offset', () => {
    const words = new StatementWords().read('Budget lead — Sets the plan');
    assert.deepEqual(
      [0, 6, 7, 14, 15, 27].map((offset) => words.indexFrom(offset)),
      [0, 1, 1, 2, 3, 5],
    );
  });
});

describe('the task matcher', () => {
  it('grounds exactly the tasks whose content stems two or more of a statement’s are, on seeded random texts', () => {
    const r = rng(7);
    const words = new StatementWords();
    let grounded = 0;
    for (let n = 0; n < 400; n++) {
      const tasks = Array.from({ length: 1 + Math.floor(r() * 6) }, () => randomText(r, 1 + Math.floor(r() * 8)));
      const matcher = new TaskMatcher(tasks);
      const taskStems = tasks.map(contentStems);
      assert.deepEqual(
        matcher.judged,
        taskStems.map((stems) => stems.size >= SHARED_WORDS),
      );
      for (let k = 0; k < 10; k++) {
        const statement = randomText(r, Math.floor(r() * 30));
        const statementStems = contentStems(statement);
        const expected = taskStems
          .map((stems, t) => ({ t, shared: [...stems].filter((s) => statementStems.has(s)).length }))
          .filter(({ t, shared }) => matcher.judged[t] && shared >= SHARED_WORDS)
          .map(({ t }) => t);
        const found: number[] = [];
        matcher.match(words.read(statement), (t) => found.push(t));
        assert.deepEqual(
          found.sort((a, b) => a - b),
          expected,
          `${JSON.stringify(tasks)} / ${JSON.stringify(statement)}`,
        );
        grounded += found.length;
      }
    }
    // The texts share words often enough that the comparison is not only of empty answers.
    assert.ok(grounded > 500, `${grounded} groundings`);
  });
});
