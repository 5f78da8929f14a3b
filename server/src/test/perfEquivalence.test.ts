import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { normalizeForRepeat, RepeatIndex, repeatHash } from '../languageService/features/diagnostics/repeats';
import { equivalenceCorpus, findingLines } from './perf/corpus';
import { findExcessNesting, MAX_NESTING } from '../languageService/limits';
import { compareWithReference, mutations, tolerantParse } from './accel/harness';

// The optimisations the benchmark (npm run bench) led to must not change a single finding. The snapshot was
// computed by the implementation before them; scripts/bench/snapshot.ts rewrites it when findings change on purpose.
const SNAPSHOT = JSON.parse(readFileSync(path.join(__dirname, 'perf', 'findings.snapshot.json'), 'utf8')) as Record<string, string[]>;
const corpus = equivalenceCorpus();

describe('performance work keeps every finding', () => {
  it('the corpus is the one the snapshot was taken on', () => {
    assert.deepEqual(
      corpus.map((f) => f.name),
      Object.keys(SNAPSHOT),
    );
  });

  for (const file of corpus) {
    it(`same findings: ${file.name}`, () => {
      assert.deepEqual(findingLines(file), SNAPSHOT[file.name]);
    });
  }
});

describe('the strict-JSON fast path builds what jsonc-parser builds', () => {
  const extra = [
    '{"a":1,"a":{"b":[1,-2.5e3,true,false,null,"x\\u00e9\\n\\"\\/",{}]},"__proto__":[],"":0}',
    ' [ ] ',
    '"only a string"',
    '-0',
    '{"a":01}',
    '[1 2]',
    '[truex]',
    '{"a":1,}',
    '{"a"://c\n1}',
    '\u00a0{}',
    '{"a":"\\ud83d\\ude00 \ud83d"}',
  ];
  const cases = [
    ...corpus.map((f) => ({ name: f.name, text: f.text.replace(/^\ufeff/, ' ') })),
    ...extra.map((text) => ({ name: JSON.stringify(text), text })),
  ];
  for (const { name, text } of cases) {
    it(name, () => {
      if (findExcessNesting(text) >= 0) {
        // Deeper than the limit: the server declines it before parsing (jsonc-parser's recursion could overflow the
        // stack, depending on how far the JIT has optimised it), and the fast path declines it too.
        assert.equal(
          compareWithReference('strictJson', () => ({ text, maxDepth: MAX_NESTING }), name),
          'declined',
        );
        return;
      }
      const tolerant = tolerantParse(text);
      // Taken exactly when the text is clean strict JSON (everything else goes to the tolerant parser).
      const expected = tolerant.clean && tolerant.root !== undefined ? 'taken' : 'declined';
      assert.equal(
        compareWithReference('strictJson', () => ({ text }), name),
        expected,
      );
    });
  }
});

describe('the strict-JSON fast path on mutated frameworks', () => {
  it('agrees with jsonc-parser on 150 seeded mutations of the exports', () => {
    const sources = corpus.filter((f) => f.name.startsWith('export-') || f.name === 'generated-2.framework.json').map((f) => f.text);
    let taken = 0;
    for (const { text: mutated, n } of mutations(sources, 150, 11)) {
      const text = mutated.replace(/^\ufeff/, ' ');
      // Nesting deeper than the limit is declined before either parser runs (it would overflow the stack).
      if (findExcessNesting(text) >= 0) continue;
      const tolerant = tolerantParse(text);
      const outcome = compareWithReference('strictJson', () => ({ text }), `case ${n}`);
      assert.equal(outcome, tolerant.clean && tolerant.root !== undefined ? 'taken' : 'declined', `case ${n}`);
      if (outcome === 'taken') taken++;
    }
    assert.ok(taken > 10, `only ${taken} mutations stayed strict JSON`);
  });
});

describe('repeated statements are found as by comparing normalised texts', () => {
  const tricky = [
    'Budget review — drafts the plan.',
    '  budget  REVIEW —\tdrafts the plan.  ',
    'Budget review — drafts the plan',
    '\u212Aelvin check — reads it.', // KELVIN SIGN lower-cases to "k"
    'kelvin check — reads it.',
    '\u0130nventory — counts.', // "İ" lower-cases to "i" + U+0307
    'i\u0307nventory — counts.',
    'ΟΔΟΣ — Greek final sigma.',
    'οδος — greek final sigma.',
    'οδοσ — greek final sigma.',
    'Tab\u00a0and nbsp — spaces.',
    'tab and nbsp — spaces.',
    'Line\u2028sep — x.',
    'line sep — x.',
  ];

  it('the hash never separates texts that normalise alike', () => {
    for (const t of tricky) assert.equal(repeatHash(t), repeatHash(normalizeForRepeat(t)), t);
  });

  it('gives the first of each normalised text, as a map of normalised texts does', () => {
    const naive = new Map<string, number>();
    const index = new RepeatIndex<number>();
    tricky.forEach((t, i) => {
      const norm = normalizeForRepeat(t);
      const expected = naive.get(norm);
      if (expected === undefined) naive.set(norm, i);
      assert.equal(index.firstOf(t, i), expected, t);
    });
    assert.equal(index.firstOf('KELVIN CHECK — READS IT.', 99), 3);
  });
});

describe('repeated statements among many texts alike at both ends', () => {
  it('still finds exactly the repeats', () => {
    const head = 'Quarterly budget review with all department heads and staff — '.repeat(2);
    const tail = ' across every cycle of the financial year.'.repeat(2);
    const texts = Array.from({ length: 40 }, (_, i) => `${head}item ${i % 25}${tail}`);
    const naive = new Map<string, number>();
    const index = new RepeatIndex<number>();
    texts.forEach((t, i) => {
      const norm = normalizeForRepeat(t);
      const expected = naive.get(norm);
      if (expected === undefined) naive.set(norm, i);
      assert.equal(index.firstOf(i % 2 ? t.toUpperCase() : t, i), expected, t);
    });
  });
});
