import { strict as assert } from 'node:assert';
import { getLocation } from 'jsonc-parser';
import { generateFrameworkText, optionsForSize } from '../../../scripts/bench/generate';
import { locationAt } from '../languageService/features/completion/locate';
import { countValues, DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_ITEMS_COMPUTED, MAX_NESTING } from '../languageService/limits';
import { equivalenceCorpus } from './perf/corpus';
import { FrameworkIndex, type FrameworkEntry } from '../languageService';
import { diagnostics, parse } from './util';

// The shortcuts taken for speed on big files must answer exactly as the plain way does.
describe('performance shortcuts answer as the plain way', () => {
  it('completion location by descending the tree = getLocation over the whole text, at every kind of offset', () => {
    const text = generateFrameworkText({ seed: 3, statements: 200, faultRate: 0.02, citations: 6 });
    assert.ok(text.length > 20_000, 'large enough for the shortcut to be taken');
    const doc = parse(text);
    assert.equal(doc.syntaxDiagnostics.length, 0);
    let checked = 0;
    for (let offset = 0; offset <= text.length; offset += offset < 1500 || offset > text.length - 1500 ? 1 : 23) {
      const fast = locationAt(doc, offset);
      const plain = getLocation(text, offset);
      const shape = (l: typeof plain) => ({
        path: l.path,
        key: l.isAtPropertyKey,
        previous: l.previousNode && {
          type: l.previousNode.type,
          offset: l.previousNode.offset,
          length: l.previousNode.length,
          value: l.previousNode.value,
        },
      });
      assert.deepEqual(shape(fast), shape(plain), `offset ${offset}: ${JSON.stringify(text.slice(offset - 10, offset + 10))}`);
      assert.equal(fast.matches(['framework', '*']), plain.matches(['framework', '*']));
      checked++;
    }
    assert.ok(checked > 2000);
  }).timeout(120_000);

  it('the value count the strict parser finds = a walk of the tree, on every corpus file', () => {
    for (const file of equivalenceCorpus()) {
      if (!file.name.endsWith('.json')) continue;
      const doc = parse(file.text, file.uri);
      const seeded = countValues(doc);
      doc.memo.clear();
      assert.equal(seeded, countValues(doc), file.name);
    }
  });

  it('strict JSON nested past the limit is declined at the bracket that goes too deep, just within it is checked', () => {
    const nest = (depth: number) => '{"schemaVersion": "1.0", "framework": ' + '['.repeat(depth - 1) + ']'.repeat(depth - 1) + '}';
    const over = diagnostics(nest(MAX_NESTING + 1));
    assert.deepEqual(
      over.map((d) => [d.code, d.range.start.character]),
      [['nesting-too-deep', nest(MAX_NESTING + 1).indexOf('[') + MAX_NESTING - 1]],
    );
    assert.ok(!diagnostics(nest(MAX_NESTING)).some((d) => d.code === 'nesting-too-deep'));
  });

  it('the default limits check a 5 MB framework of about 20,000 statements in full (the benchmark file)', () => {
    const text = generateFrameworkText(optionsForSize(5e6, 1, 0.01));
    const doc = parse(text);
    assert.ok(text.length <= DEFAULT_MAX_FILE_SIZE, `${text.length} characters`);
    assert.ok(countValues(doc) <= DEFAULT_MAX_ITEMS_COMPUTED, `${countValues(doc)} values`);
    const codes = new Set(diagnostics(text).map((d) => d.code));
    assert.ok(!codes.has('file-too-large') && codes.has('statement-separator'), [...codes].join(' '));
  });

  it('duplicate SOC codes from the SOC map of the index = a scan of every entry, after a sequence of adds, changes and removals', () => {
    const index = new FrameworkIndex();
    const live = new Map<string, FrameworkEntry>();
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let step = 0; step < 600; step++) {
      const uri = `file:///w/f${next(40)}.framework.${next(2) ? 'json' : 'md'}`;
      if (next(5) === 0) {
        index.set(uri, undefined);
        live.delete(uri);
      } else {
        const socKey = `11-91${next(4)}`;
        const entry: FrameworkEntry = { uri, soc: socKey, socKey, title: `t${next(3)}`, socRange: range };
        index.set(uri, entry);
        live.set(uri, entry);
      }
      for (const u of live.keys()) {
        const own = live.get(u)!;
        const stem = (x: string) => x.replace(/\.(json|md)$/i, '');
        const expected = [...live.values()]
          .filter((e) => e.uri !== u && e.socKey === own.socKey && stem(e.uri) !== stem(u))
          .map((e) => e.uri)
          .sort();
        assert.deepEqual(
          index.duplicatesOf(u).map((e) => e.uri),
          expected,
          `step ${step}, ${u}`,
        );
      }
    }
  });
});
