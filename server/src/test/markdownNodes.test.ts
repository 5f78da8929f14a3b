import { strict as assert } from 'node:assert';
import { OffsetMaps, SourceText } from '../languageService/parse/markdownNodes';
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
    return Array.from({ length: to - from + (this.value.length ? 3 : 1) }, (_, i) => Math.max(start, Math.min(this.offsetAt(from + i), end)));
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
      for (let i = 0; i <= (plain.value.length ? plain.value.length + 2 : 0); i++) assert.equal(runs.offsetAt(i), plain.offsetAt(i), `offsetAt(${i}) of ${JSON.stringify(plain.offsets)}`);
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
          if (to > from && maps.offsetOf(node, 0) === node.offset && expected.every((o, i) => o === Math.min(node.offset + i, node.offset + node.length))) withoutMap++;
          else withMap++;
        }
      }
    }
    // Both kinds of node occur, so the comparison covers the map and its absence.
    assert.ok(withoutMap > 1000 && withMap > 1000, `${withoutMap} contiguous, ${withMap} spread`);
  });
});
