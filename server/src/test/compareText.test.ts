import { strict as assert } from 'node:assert';
import { compareText } from '../languageService/util/compareText';
import { rng } from './fuzz/mutate';

describe('compareText: English collation without starting the collator for plain texts', () => {
  const english = (a: string, b: string) => Math.sign(a.localeCompare(b, 'en'));

  it('orders texts of letters, digits, spaces, hyphens and dots exactly as the collator does', () => {
    const r = rng(11);
    const alphabet = 'aAbBmMzZ019 .-';
    const text = () => Array.from({ length: Math.floor(r() * 7) }, () => alphabet[Math.floor(r() * alphabet.length)]).join('');
    let unequal = 0;
    for (let i = 0; i < 50_000; i++) {
      const a = text();
      // Often the same letters in another case, or a prefix: the cases where the tie-breaks decide.
      const pickB = r();
      const b = pickB < 0.2 ? a.toUpperCase() : pickB < 0.3 ? a.slice(0, -1) : text();
      assert.equal(Math.sign(compareText(a, b)), english(a, b), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
      if (a !== b && english(a, b) !== 0) unequal++;
    }
    assert.ok(unequal > 30_000);
  });

  it('orders suggestion-like and code-like texts as the collator does', () => {
    const texts = ['src-2.61', 'src-2.69', 'src-2.6', 'Src-2.61', 'safi-2026', 'safi-2025', 'onet-30.2', 'Active Learning', 'Active Listening',
      'active listening', 'Speech Clarity', 'Speech recognition', 'Speech Recognition', 'statement-duplicate', 'statement-separator',
      'statement-final-period', 'unknown-citation', 'unknown-onet-name', 'a', 'A', '', ' ', '-', '.', '0', 'a b', 'a-b', 'a.b', 'ab', 'aB'];
    for (const a of texts) for (const b of texts) assert.equal(Math.sign(compareText(a, b)), english(a, b), `${a} vs ${b}`);
  });

  it('does not ask the collator about plain texts (its first use costs the command line about 9 ms)', () => {
    const original = String.prototype.localeCompare;
    let asked = 0;
    String.prototype.localeCompare = function (this: string, ...args: Parameters<string['localeCompare']>) {
      asked++;
      return original.apply(this, args);
    };
    try {
      assert.ok(compareText('src-2.61', 'src-2.69') < 0);
      assert.ok(compareText('Speech Recognition', 'Speech clarity') > 0);
      assert.equal(asked, 0);
      assert.ok(compareText('a_b', 'ab') < 0);
      assert.equal(asked, 1);
    } finally {
      String.prototype.localeCompare = original;
    }
  });

  it('leaves any other text to the collator: accents, other punctuation, file URIs', () => {
    const texts = ['é', 'e', 'E', 'f', 'a_b', 'a-b', 'a/b', 'file:///a/b.json', 'file:///a/B.json', 'file:///a/b%20c.json', 'Œ', 'oe', 'ß', 'ss', 'Å', 'aa'];
    for (const a of texts) for (const b of texts) assert.equal(Math.sign(compareText(a, b)), english(a, b), `${a} vs ${b}`);
  });
});
