import { strict as assert } from 'node:assert';
import { OffsetMaps, SourceText } from '../languageService/parse/markdownNodes';
import { splitCitations, type SplitItem } from '../languageService/parse/markdownStatement';
import { isWhitespaceCode } from '../languageService/util/whitespace';
import { rng } from './fuzz/mutate';

// SourceText keeps offsets as runs; it must answer exactly as one offset per character would.

/** The plain form: one source offset per value character. */
class PlainSourceText {
  value = '';
  readonly offsets: number[] = [];
  end = 0;
  add(text: string, offset: number): void {
    for (let i = 0; i < text.length; i++) this.offsets.push(offset + i);
    this.value += text;
    this.end = offset + text.length;
  }
  addVirtual(text: string): void {
    for (let i = 0; i < text.length; i++) this.offsets.push(this.end);
    this.value += text;
  }
  offsetAt(i: number): number {
    if (i < this.offsets.length) return this.offsets[i];
    return i === 0 ? this.end : this.offsets[this.offsets.length - 1] + 1;
  }
  /** What a string node for `[from, to)` answers for each index (the map every node had before runs). */
  nodeOffsets(from: number, to: number): number[] {
    const start = this.offsetAt(from);
    const end = to > from ? this.offsetAt(to - 1) + 1 : start;
    return Array.from({ length: to - from + (this.value.length ? 3 : 1) }, (_, i) =>
      Math.max(start, Math.min(this.offsetAt(from + i), end)),
    );
  }
}

describe('SourceText: offsets kept as runs', () => {
  it('answers every offset and every string node as a per-character map does, over random pieces', () => {
    const random = rng(7);
    const int = (n: number) => Math.floor(random() * n);
    let withoutMap = 0;
    let withMap = 0;
    for (let round = 0; round < 2000; round++) {
      const runs = new SourceText();
      const plain = new PlainSourceText();
      let at = int(5);
      for (let piece = int(5); piece >= 0; piece--) {
        const kind = int(4);
        if (kind === 0) {
          runs.addVirtual('\n');
          plain.addVirtual('\n');
        } else {
          // Text right after the last piece (contiguous), further on (the next line), or empty.
          const text = 'abcdefgh'.slice(0, kind === 3 ? 0 : 1 + int(6));
          at += kind === 1 ? 0 : 1 + int(4);
          runs.add(text, at);
          plain.add(text, at);
          at += text.length;
        }
      }
      assert.equal(runs.value, plain.value);
      assert.equal(runs.end, plain.end);
      // (Past the end of an empty text the plain form answered NaN; the runs answer its end.)
      for (let i = 0; i <= (plain.value.length ? plain.value.length + 2 : 0); i++)
        assert.equal(runs.offsetAt(i), plain.offsetAt(i), `offsetAt(${i}) of ${JSON.stringify(plain.offsets)}`);
      for (let from = 0; from <= plain.value.length; from++) {
        for (let to = from; to <= plain.value.length; to++) {
          const maps = new OffsetMaps();
          const node = runs.stringNode(from, to, maps);
          const expected = plain.nodeOffsets(from, to);
          assert.equal(node.value, plain.value.slice(from, to));
          assert.deepEqual(
            expected.map((_, i) => maps.offsetOf(node, i)),
            expected,
            `node [${from}, ${to}) of ${JSON.stringify(plain.offsets)}`,
          );
          if (
            to > from &&
            maps.offsetOf(node, 0) === node.offset &&
            expected.every((o, i) => o === Math.min(node.offset + i, node.offset + node.length))
          )
            withoutMap++;
          else withMap++;
        }
      }
    }
    // Both kinds of node occur, so the comparison covers the map and its absence.
    assert.ok(withoutMap > 1000 && withMap > 1000, `${withoutMap} contiguous, ${withMap} spread`);
  });
});

/** The statement/citations split as a regular expression (its first form): the reference for the backward scan. */
function splitByRegExp(content: string): SplitItem {
  const m = /(?:[ \t]*\[@[^\]\s]*\])+[ \t]*$/.exec(content);
  if (!m) return { textLength: content.length, cites: [], citesStart: content.length };
  const tail = content.slice(m.index);
  const cites = [...tail.matchAll(/\[@([^\]\s]*)\]/g)].map((c) => ({ key: c[1], index: m.index + c.index! + 2 }));
  return { textLength: content.slice(0, m.index).replace(/[ \t]+$/, '').length, cites, citesStart: m.index + tail.indexOf('[@') };
}

describe('splitCitations: the trailing [@key]s of a Markdown statement', () => {
  it('splits as the regular expression does, on random texts made of the characters that matter', () => {
    const random = rng(11);
    const pieces = ['[@', ']', '[', '@', ' ', '  ', '\t', 'a', 'key-1', '\u00a0', '\u3000', '\n', 'é', '😀', '[@a]', ' [@b-2]', '—', 'x.'];
    let withCites = 0;
    for (let round = 0; round < 20000; round++) {
      let text = '';
      for (let n = Math.floor(random() * 9); n >= 0; n--) text += pieces[Math.floor(random() * pieces.length)];
      const expected = splitByRegExp(text);
      assert.deepEqual(splitCitations(text), expected, JSON.stringify(text));
      if (expected.cites.length) withCites++;
    }
    assert.ok(withCites > 2000, `only ${withCites} texts had citations`);
  });

  it('reads the statement and keys of typical items', () => {
    assert.deepEqual(splitCitations('Policy summarization — directs staff. [@safi-2026] [@wef-2021]'), {
      textLength: 37,
      cites: [
        { key: 'safi-2026', index: 40 },
        { key: 'wef-2021', index: 53 },
      ],
      citesStart: 38,
    });
    assert.deepEqual(splitCitations('No citations here'), { textLength: 17, cites: [], citesStart: 17 });
    assert.deepEqual(splitCitations('Text [@]  '), { textLength: 4, cites: [{ key: '', index: 7 }], citesStart: 5 });
  });
});

describe('isWhitespaceCode: whitespace as \\s counts it, by character code', () => {
  it('agrees with /\\s/ and with trim() on every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      assert.equal(isWhitespaceCode(c), /\s/.test(ch), `U+${c.toString(16).padStart(4, '0')}`);
      assert.equal(isWhitespaceCode(c), ch.trim() === '', `trim of U+${c.toString(16).padStart(4, '0')}`);
    }
  });
});
