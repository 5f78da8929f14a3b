/**
 * Finding repeated statements (docs/format.md#statements) without a lower-cased copy of every statement: on a framework
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
 * "k" are skipped too). Only the first and last `EDGE` characters it reads count: the stream of characters
 * read is the same for t and its normalisation, so its ends are too, and statements differ near their ends.
 *
 * A skipped character multiplies the hash by 1 and adds 0, so it leaves it as it was: a branch on it instead was
 * taken or not at random (a space, an "i") and the mispredictions made the hash a fifth slower.
 */
export function repeatHash(text: string): number {
  let h = 0x811c9dc5 | 0;
  let read = 0;
  let i = 0;
  const n = text.length;
  for (; i < n && read < EDGE; i++) {
    const c = HASH_CHAR[text.charCodeAt(i)];
    const counts = (c + 0xff) >> 8; // 1 for a character read, 0 for one skipped
    h = (Math.imul(h, 1 + PRIME_LESS_ONE * counts) + c) | 0;
    read += counts;
  }
  // The tail, read backwards down to where the head stopped (so no character counts twice).
  read = 0;
  for (let j = n - 1; j >= i && read < EDGE; j--) {
    const c = HASH_CHAR[text.charCodeAt(j)];
    const counts = (c + 0xff) >> 8;
    h = (Math.imul(h, 1 + PRIME_LESS_ONE * counts) + c) | 0;
    read += counts;
  }
  return h >>> 0;
}

/** FNV's prime, less one: a character read multiplies the hash by the prime. */
const PRIME_LESS_ONE = 0x01000192;
const EDGE = 16;

/**
 * Per code unit: the character as the hash reads it, or 0 for one it skips. A table of all 65,536 in place of
 * range tests: the hash of the export's statements took a fifth less time.
 */
const HASH_CHAR = new Uint8Array(0x10000);
for (let c = 0x21; c < 0x7f; c++) {
  const lower = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  HASH_CHAR[c] = lower === 0x69 || lower === 0x6b ? 0 : lower;
}

/** Beyond this many distinct texts under one hash, they are looked up by normalised text. */
const BUCKET_LIMIT = 8;

/** The texts seen under one hash: the first alone (the usual case), or more. */
interface Entry<T> {
  text: string;
  norm: string | undefined;
  item: T;
}
interface Bucket<T> {
  entries: Entry<T>[];
  byNorm: Map<string, T> | undefined;
}

/** The first statement seen of each normalised text. */
export class RepeatIndex<T> {
  private readonly byHash = new Map<number, Entry<T> | Bucket<T>>();

  /** The earlier item whose text normalises as `text` does; otherwise records `item` and returns undefined. */
  firstOf(text: string, item: T): T | undefined {
    // Thirty bits keep the hash a small integer, the cheapest Map key (bench/README.md, "Limits and engine notes").
    const hash = repeatHash(text) & 0x3fffffff;
    const found = this.byHash.get(hash);
    if (found === undefined) {
      this.byHash.set(hash, { text, norm: undefined, item });
      return undefined;
    }
    const norm = normalizeForRepeat(text);
    let bucket: Bucket<T>;
    if ('entries' in found) bucket = found;
    else {
      found.norm ??= normalizeForRepeat(found.text);
      if (found.norm === norm) return found.item;
      bucket = { entries: [found], byNorm: undefined };
      this.byHash.set(hash, bucket);
    }
    if (bucket.byNorm) {
      const first = bucket.byNorm.get(norm);
      if (first === undefined) bucket.byNorm.set(norm, item);
      return first;
    }
    for (const entry of bucket.entries) {
      entry.norm ??= normalizeForRepeat(entry.text);
      if (entry.norm === norm) return entry.item;
    }
    bucket.entries.push({ text, norm, item });
    // Many texts alike at both ends (a pathological file): stop comparing them one by one.
    if (bucket.entries.length > BUCKET_LIMIT) bucket.byNorm = new Map(bucket.entries.map((e) => [e.norm!, e.item]));
    return undefined;
  }
}
