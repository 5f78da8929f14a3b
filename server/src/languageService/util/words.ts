/** Words of a statement for the checks of substance: one scan of its words with their offsets and hashes, stop words, a light stemmer. */

import { ownString } from './ownString';
import { isWhitespaceCode } from './whitespace';

/** Letters a word's prefix hash covers ({@link StatementWords.prefixes}): the ladder indexes its prefix cues by them. */
export const PREFIX_KEY = 4;

/**
 * The words of one text, read once for every rule of substance: each word's offsets and hashes, in buffers reused
 * from one text to the next. A hyphen or apostrophe splits words ("enterprise-wide" is two), so a cue written with
 * a space ("enterprise wide") matches both spellings. Rules compare hashes first and make a word's string only to
 * confirm a match: a 5 MB framework has 20,000 statements, and few of their words are what a rule looks for.
 */
export class StatementWords {
  text = '';
  /** How many words the last text has. */
  count = 0;
  /** Offsets of each word in the text: from its first character to the one after its last. */
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** Each word's {@link wordHash} (ASCII letters lower-cased as it goes). */
  hashes = new Int32Array(64);
  /** The hash of each word's first {@link PREFIX_KEY} letters (0 for a shorter word). */
  prefixes = new Int32Array(64);
  /** The hash of each word's first two letters (0 for a one-letter word). */
  pairs = new Int32Array(64);
  /** 1 for a word of ASCII characters only: its hash is then the hash of its lower-cased string. */
  ascii = new Uint8Array(64);
  /** Words as a reader counts them: runs of non-space that hold a letter or digit ("decision-making" is one, "—" none). */
  readerWords = 0;
  /**
   * The last text's code units, from index `base` on, and after the last one that is no word character: its own
   * copy ({@link codeUnitsOf}, a 0 after it) or the window of its document where it stands ({@link TextWindow}).
   */
  private codes: Uint16Array = new Uint16Array(1);
  private base = 0;
  private units = new Uint16Array(1024);
  private unitBytes = Buffer.from(this.units.buffer);

  /**
   * Reads the words of `text` (what the fields then describe): all of them, or only the first `limit` from offset
   * `from` on. Reader's words are counted over the whole text either way, in the same pass. With a `window` on
   * the text of a document in which `text` stands as it is at `offset` (see `FrameworkDocument.verbatimOffset`),
   * its code units are read there; otherwise (or with `offset` -1) from a copy of `text`.
   */
  read(text: string, from = 0, limit = Infinity, window?: TextWindow, offset = -1): this {
    this.text = text;
    const n = text.length;
    // A word's loop needs no end test: the code unit after the text is never a word character.
    const at = window === undefined || offset < 0 ? -1 : window.at(offset, n);
    const codes = (this.codes = at < 0 ? this.codeUnitsOf(text) : window!.units);
    const base = (this.base = at < 0 ? 0 : at);
    let { starts, ends, hashes, prefixes, pairs, ascii } = this;
    let count = 0;
    let readerWords = 0;
    // Whether the run of non-space the scan is in has been counted as a reader's word.
    let counted = false;
    // Indices in `codes`: the text is `[base, end)`, and `from` is offset there too.
    const end = base + n;
    from += base;
    let i = base;
    while (i < end) {
      const c = codes[i];
      // The character's code lower-cased if it is a word character, else 0.
      let lower = WORD_LOWER[c];
      if (lower === 0) {
        if (c === 0x20 || isWhitespaceCode(c)) counted = false;
        else if (!counted && c >= 0x80 && isLetterOrDigitAt(text, i - base)) {
          readerWords++;
          counted = true;
        }
        i++;
        continue;
      }
      if (!counted) {
        readerWords++;
        counted = true;
      }
      if (i < from || count >= limit) {
        // A word not asked for: passed over, without its hashes.
        do i++;
        while (WORD_LOWER[codes[i]] !== 0);
        continue;
      }
      if (count === starts.length) {
        this.grow();
        ({ starts, ends, hashes, prefixes, pairs, ascii } = this);
      }
      const start = i;
      // The hash of the first two letters and of the first PREFIX_KEY are taken on the way, the loop unrolled
      // that far: the loop over the rest of the word does nothing else. (One loop testing the length at each letter,
      // or the first letters hashed again after it, made the scan 15-45 % slower: bench/README.md, "Seventh round".)
      let wide = lower;
      let h = Math.imul(FNV_OFFSET ^ lower, FNV_PRIME) & HASH_BITS;
      let pair = 0;
      let prefix = 0;
      lower = WORD_LOWER[codes[++i]];
      if (lower !== 0) {
        wide |= lower;
        pair = h = Math.imul(h ^ lower, FNV_PRIME) & HASH_BITS;
        lower = WORD_LOWER[codes[++i]];
        if (lower !== 0) {
          wide |= lower;
          h = Math.imul(h ^ lower, FNV_PRIME) & HASH_BITS;
          lower = WORD_LOWER[codes[++i]];
          if (lower !== 0) {
            wide |= lower;
            prefix = h = Math.imul(h ^ lower, FNV_PRIME) & HASH_BITS;
            lower = WORD_LOWER[codes[++i]];
            while (lower !== 0) {
              wide |= lower;
              h = Math.imul(h ^ lower, FNV_PRIME) & HASH_BITS;
              lower = WORD_LOWER[codes[++i]];
            }
          }
        }
      }
      starts[count] = start - base;
      ends[count] = i - base;
      hashes[count] = h;
      prefixes[count] = prefix;
      pairs[count] = pair;
      ascii[count] = wide < 0x80 ? 1 : 0;
      count++;
    }
    this.count = count;
    this.readerWords = readerWords;
    return this;
  }

  /** Word `i`, lower-cased. */
  word(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]).toLowerCase();
  }

  /** Whether word `i`, lower-cased, is `lower`: an ASCII word compared where it stands, without making its string. */
  is(i: number, lower: string): boolean {
    if (this.ascii[i] !== 1) return this.word(i) === lower;
    return this.ends[i] - this.starts[i] === lower.length && this.startsWith(i, lower);
  }

  /** Whether word `i`, lower-cased, begins with `lower`: an ASCII word compared where it stands. */
  startsWith(i: number, lower: string): boolean {
    if (this.ascii[i] !== 1) return this.word(i).startsWith(lower);
    const start = this.starts[i];
    if (this.ends[i] - start < lower.length) return false;
    // The code units the scan read (valid until its next read), where charCodeAt costs more.
    const codes = this.codes;
    const at = this.base + start;
    for (let k = 0; k < lower.length; k++) if (WORD_LOWER[codes[at + k]] !== lower.charCodeAt(k)) return false;
    return true;
  }

  /** The index of the first word that starts at `offset` or later (`count` when none does). */
  indexFrom(offset: number): number {
    let i = 0;
    while (i < this.count && this.starts[i] < offset) i++;
    return i;
  }

  /**
   * The code units of `text` and a 0, copied into this scan's buffer: Node writes a string's UTF-16 into it in one
   * native copy, and the scan then reads a typed array, where `charCodeAt` on the parsers' strings (slices of the
   * whole file) costs more per character (bench/README.md, "Sixth round"). Valid until the next read.
   */
  private codeUnitsOf(text: string): Uint16Array {
    if (text.length >= this.units.length) {
      // A statement of a size no real one has (a hostile file's) gets a buffer of its own, not kept.
      if (text.length >= MAX_KEPT_UNITS) {
        const own = new Uint16Array(text.length + 1);
        return codeUnitsInto(own, Buffer.from(own.buffer), text);
      }
      let size = this.units.length;
      while (size <= text.length) size *= 2;
      this.units = new Uint16Array(size);
      this.unitBytes = Buffer.from(this.units.buffer);
    }
    return codeUnitsInto(this.units, this.unitBytes, text);
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const grown = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.starts = grown(this.starts, (n) => new Int32Array(n));
    this.ends = grown(this.ends, (n) => new Int32Array(n));
    this.hashes = grown(this.hashes, (n) => new Int32Array(n));
    this.prefixes = grown(this.prefixes, (n) => new Int32Array(n));
    this.pairs = grown(this.pairs, (n) => new Int32Array(n));
    this.ascii = grown(this.ascii, (n) => new Uint8Array(n));
  }
}

/**
 * The text of a document as code units, a window of it at a time, for {@link StatementWords.read}: the statements
 * that stand in it as they are (most do) are read where they stand, one native copy per window in place of one per
 * statement (the copy's call costs more than its characters: a statement has a few hundred).
 */
export class TextWindow {
  readonly units: Uint16Array;
  private readonly bytes: Buffer;
  private text = '';
  /** The offsets of the text in the window: `[start, end)`, at index 0 on. */
  private start = 0;
  private end = 0;

  /** `size`: code units of the window (a statement longer than it is read from a copy). */
  constructor(private readonly size = WINDOW_UNITS) {
    this.units = new Uint16Array(size);
    this.bytes = Buffer.from(this.units.buffer);
  }

  /** Reads `text` from now on (the empty text lets the last one go). */
  reset(text: string): void {
    this.text = text;
    this.start = this.end = 0;
  }

  /**
   * The index in {@link units} of the text's offset `offset`, where its `length` code units and the one after them
   * are; -1 when they do not fit in a window, end the text, or the unit after them is a word character (the scan's
   * word loops stop at that unit).
   */
  at(offset: number, length: number): number {
    if (offset < this.start || offset + length >= this.end) {
      if (length >= this.size || offset + length >= this.text.length) return -1;
      const written = this.bytes.write(this.text.substring(offset, offset + this.size), 0, 'utf16le') >> 1;
      this.start = offset;
      this.end = offset + written;
    }
    const at = offset - this.start;
    return WORD_LOWER[this.units[at + length]] === 0 ? at : -1;
  }
}

/** Code units of a window: a statement longer than this (no real one is) is read from a copy of its own. */
const WINDOW_UNITS = 1 << 16;

/**
 * Hashes keep their low thirty bits, so that they stay small integers (Smis) in V8: code that sees a larger one where
 * it had seen small ones is thrown away and compiled again. FNV-1a's multiplication only carries bits upward, so
 * the low thirty bits are those of the full hash.
 */
const HASH_BITS = 0x3fffffff;
const FNV_OFFSET = 0x811c9dc5 & HASH_BITS;
const FNV_PRIME = 0x01000193;

/** FNV-1a over character codes, ASCII letters lower-cased: a word of a text hashes as the lower-cased word it spells. */
export function wordHash(word: string, length = word.length): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < length; i++) h = Math.imul(h ^ lowerCode(word.charCodeAt(i)), FNV_PRIME) & HASH_BITS;
  return h;
}

const lowerCode = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 32 : c);

/**
 * The characters of words: ASCII letters and digits, and the Latin letters of U+00C0 to U+024F (all but × and ÷).
 * As a table of every UTF-16 code unit (128 KB), with each word character's ASCII lower case: the scan reads every
 * character of every statement, and a table that covers them all needs no range test.
 */
const WORD_CODES = 0x250;
/** Per code unit: 0 for a character that is no word character, else its ASCII lower case. */
const WORD_LOWER = new Uint16Array(0x10000);
for (let c = 0; c < WORD_CODES; c++) {
  const ascii = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  WORD_LOWER[c] = ascii || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) ? lowerCode(c) : 0;
}

/** Code units the reused buffer grows to at most (a real statement has a few hundred). */
const MAX_KEPT_UNITS = 1 << 16;

/** Writes `text` and a 0 into `into` (whose bytes `bytes` views). */
function codeUnitsInto(into: Uint16Array, bytes: Buffer, text: string): Uint16Array {
  bytes.write(text, 0, 'utf16le');
  into[text.length] = 0;
  return into;
}

/** Whether the character at `i` is a letter or digit of any script (a reader's word need not be Latin). */
function isLetterOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // General punctuation (dashes, curly quotes, ellipsis), in nearly every statement: none is a letter or digit.
  if (c >= 0x2000 && c <= 0x206f) return false;
  return /[\p{L}\p{N}]/u.test(String.fromCodePoint(text.codePointAt(i) ?? 0));
}

/**
 * Words that carry no topic: function words and the words every statement uses to say how or where.
 * What remains ("budget", "payroll", "invoices") is what ties a statement to a task.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above across after against all also among an and any are as at be been before being below between both but by can ' +
    'could did do does doing down during each either etc every few for from further had has have having he her here hers him his ' +
    'how i if in into is it its itself just may might more most must my no nor not of off on once only or other our out over own per ' +
    'same she should so some such than that the their them then there these they this those through to too under until up upon us ' +
    'use used uses using very via was we were what when where whether which while who whom why will with within without would you your ' +
    'ensure including include includes related relevant other others one two three new based appropriate various specific ' +
    'activities activity work works working task tasks'
  ).split(' '),
);

/** Endings a stem leaves out, the longest of each family first. */
const SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ion', 'al', 'ed', 'er', 'or', 'ly', 'e'];

/**
 * A light stem: enough to let "budgets", "budgeting" and "budget", or "coordinate", "coordinating" and
 * "coordination" meet, without a dictionary. Not a linguistic stem; both sides of a comparison go through it.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // "planning" → "plann" → "plan": a doubled final consonant left by a suffix.
  if (w.length > 4 && w[w.length - 1] === w[w.length - 2] && !'aeiouls'.includes(w[w.length - 1])) w = w.slice(0, -1);
  return w;
}

/** The stems of the content words of `text` (stop words and one-letter words left out). */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  const words = scratch.read(text);
  for (let i = 0; i < words.count; i++) {
    const stemmed = contentStemAt(words, i);
    if (stemmed !== undefined) out.add(stemmed);
  }
  return out;
}

/**
 * The stems of the ASCII words met so far, by the word's hash (the word itself compared where it stands), shared by
 * every document: statements and tasks repeat their words, within a file and across files.
 */
const stemsByHash = new Map<number, { word: string; stem: string | undefined }>();
const MAX_KNOWN_STEMS = 50_000;

/** {@link contentStem} of word `i` of `words`. */
export function contentStemAt(words: StatementWords, i: number): string | undefined {
  if (words.ascii[i] !== 1) return contentStem(words.word(i));
  const hash = words.hashes[i];
  let known = stemsByHash.get(hash);
  if (known === undefined || !words.is(i, known.word)) {
    // A copy: a slice of the statement would keep its whole file alive in this cache.
    const word = ownString(words.word(i));
    known = { word, stem: contentStem(word) };
    if (stemsByHash.size >= MAX_KNOWN_STEMS) stemsByHash.clear(); // never grows without bound
    stemsByHash.set(hash, known); // a word of the same hash, rare, takes the place of the one before
  }
  return known.stem;
}

/** The buffers of {@link contentStems}, reused from one call to the next. */
const scratch = new StatementWords();

/** The stem of a lower-cased word, unless it carries no content (a stop word, one letter, a number). */
export function contentStem(word: string): string | undefined {
  return word.length > 1 && !STOP_WORDS.has(word) && !isNumber(word) ? stem(word) : undefined;
}

function isNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** The third person of a base verb: explain → explains, identify → identifies, teach → teaches. */
export function thirdPerson(base: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(base)) return base + 'es';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  return base + 's';
}

/** Verb forms of a base verb: "establish" → establish, establishes, establishing; "set" → sets, setting. */
export function verbForms(base: string): string[] {
  const forms = new Set([base, thirdPerson(base)]);
  if (base.endsWith('ie')) forms.add(base.slice(0, -2) + 'ying');
  else if (base.endsWith('e') && !base.endsWith('ee')) forms.add(base.slice(0, -1) + 'ing');
  else forms.add(base + 'ing');
  // One-syllable verbs ending consonant-vowel-consonant double it: set → setting, plan → planning.
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base)) forms.add(base + base[base.length - 1] + 'ing');
  return [...forms];
}
