/**
 * Finding repeated statements (FORMAT.md §1.3) without a lower-cased copy of every statement: on a framework
 * of 20,000 statements, lower-casing and hashing each whole text was most of the statement checks' time.
 * Statements are bucketed by a hash that normalisation cannot change; texts are only normalised and compared
 * when two land in the same bucket, so the answer is exactly that of comparing normalised texts.
 */

/** The text compared for repeats: trimmed, runs of whitespace as one space, lower case. */
export function normalizeForRepeat(text: string): string {
  const trimmed = text.trim();
  const collapsed = /[^\S ]| {2}/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  return collapsed.toLowerCase();
}

/**
 * A hash with hash(t) === hash(normalizeForRepeat(t)) for every text t. It reads only printable ASCII,
 * lower-cased, and skips whitespace (normalisation only trims and collapses it), every non-ASCII character
 * (lower-casing maps those among themselves, except U+0130 → "i" + U+0307 and U+212A → "k", hence "i" and
 * "k" are skipped too).
 */
export function repeatHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f) continue;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c === 0x69 || c === 0x6b) continue;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

interface Entry<T> {
  text: string;
  norm?: string;
  item: T;
}

/** The first statement seen of each normalised text. */
export class RepeatIndex<T> {
  private readonly buckets = new Map<number, Entry<T>[]>();

  /** The earlier item whose text normalises as `text` does; otherwise records `item` and returns undefined. */
  firstOf(text: string, item: T): T | undefined {
    const hash = repeatHash(text);
    const bucket = this.buckets.get(hash);
    if (!bucket) {
      this.buckets.set(hash, [{ text, item }]);
      return undefined;
    }
    const norm = normalizeForRepeat(text);
    for (const entry of bucket) {
      entry.norm ??= normalizeForRepeat(entry.text);
      if (entry.norm === norm) return entry.item;
    }
    bucket.push({ text, norm, item });
    return undefined;
  }
}
