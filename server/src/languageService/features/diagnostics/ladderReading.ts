/**
 * Reading a statement on the level ladder: which cue words and phrases of the ladder it holds, and where on the
 * ladder they put it (the weighted mean of their places, Emerging 0 to Advanced 3).
 *
 * Every core and AI-fluency statement is read, 12,000 of them in a 5 MB framework, and few of their words are cues:
 * the reader keys words by a hash of their lower-cased letters, computed as it scans, and makes a word's string only
 * when the hash is a cue's (to confirm it).
 */
import { LADDER, LADDER_NEUTRAL, type LadderCue, type LadderLevel } from '../../catalog/ladder';
import { verbForms } from '../../util/words';

/** One cue found in a statement. */
export interface CueMatch {
  /** Offsets in the statement text: from the cue's first word to its last. */
  start: number;
  end: number;
  /** Its place on the ladder: 0 Emerging … 3 Advanced (halves for words shared by neighbours). */
  place: number;
  weight: number;
}

export interface LadderReading {
  cues: CueMatch[];
  /** Sum of the cues' weights. */
  weight: number;
  /** Weighted mean of the cues' places; NaN without cues. */
  place: number;
}

/** Extra cue words or phrases per level (from the rule's options), weighted like a clear built-in cue. */
export type ExtraCues = Partial<Record<LadderLevel, readonly string[]>>;

const EXTRA_WEIGHT = 2;

type WordTest = { kind: 'words'; hashes: ReadonlySet<number>; words: ReadonlySet<string> } | { kind: 'prefix'; prefix: string };

interface CompiledCue {
  tests: WordTest[];
  place: number;
  weight: number;
  /** A verb cue: read in the body only (a headline names things: "Workflow design", "Team lead"). */
  verb: boolean;
}

/** Cues indexed by the hash of a word that can begin them (longest first); prefix cues by their first letters. */
export interface CompiledLadder {
  byHash: Map<number, CompiledCue[]>;
  byPrefix: Map<number, CompiledCue[]>;
}

/** Letters a prefix cue is indexed by (a shorter prefix is read as a whole word). */
const PREFIX_KEY = 4;

/** FNV-1a over lower-cased character codes: the same for a word of the text and for the cue word it spells. */
function hashOf(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ lowerCode(word.charCodeAt(i)), 0x01000193);
  return h;
}

const lowerCode = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 32 : c);

function prefixHash(word: string): number {
  return hashOf(word.slice(0, PREFIX_KEY));
}

function compileWord(word: string): WordTest {
  if (word.endsWith('*')) return { kind: 'prefix', prefix: word.slice(0, -1) };
  const words = word.endsWith('~') ? verbForms(word.slice(0, -1)) : [word];
  return { kind: 'words', hashes: new Set(words.map(hashOf)), words: new Set(words) };
}

function addCue(ladder: CompiledLadder, text: string, place: number, weight: number, verb = false): void {
  const words = tokenizeCue(text);
  if (words.length === 0) return;
  const tests = words.map(compileWord);
  const cue: CompiledCue = { tests, place, weight, verb };
  const first = tests[0];
  if (first.kind === 'prefix' && first.prefix.length >= PREFIX_KEY) insertCue(ladder.byPrefix, prefixHash(first.prefix), cue);
  else if (first.kind === 'prefix')
    insertCue(ladder.byHash, hashOf(first.prefix), { ...cue, tests: [compileWord(first.prefix), ...tests.slice(1)] });
  else for (const h of first.hashes) insertCue(ladder.byHash, h, cue);
}

function insertCue(map: Map<number, CompiledCue[]>, key: number, cue: CompiledCue): void {
  const list = map.get(key) ?? [];
  list.push(cue);
  list.sort((a, b) => b.tests.length - a.tests.length);
  map.set(key, list);
}

/** A cue's words as the reader splits a statement, keeping the `~` and `*` marks. */
function tokenizeCue(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9~*\u00c0-\u024f]+/)
    .filter((w) => w.length > 0 && w !== '~' && w !== '*');
}

const LEVEL_PLACE: Record<LadderLevel, number> = { emerging: 0, developing: 1, proficient: 2, advanced: 3 };

/** The built-in ladder with `extra` cues added. */
export function compileLadder(extra?: ExtraCues): CompiledLadder {
  const ladder: CompiledLadder = { byHash: new Map(), byPrefix: new Map() };
  for (const rung of LADDER) {
    const place = LEVEL_PLACE[rung.level];
    for (const cue of rung.cues) addCue(ladder, cue.text, placeOf(place, cue), cue.weight, cue.kind === 'verb');
  }
  for (const text of LADDER_NEUTRAL) addCue(ladder, text, 0, 0);
  for (const [level, list] of Object.entries(extra ?? {}) as [LadderLevel, readonly string[]][]) {
    for (const text of list) addCue(ladder, text, LEVEL_PLACE[level], EXTRA_WEIGHT);
  }
  return ladder;
}

const placeOf = (place: number, cue: LadderCue): number => Math.min(3, Math.max(0, place + (cue.lean ?? 0)));

let builtIn: CompiledLadder | undefined;

/** The built-in ladder, compiled once. */
export function builtInLadder(): CompiledLadder {
  return (builtIn ??= compileLadder());
}

/** The words of the statement being read: offsets and hashes, in buffers reused from one statement to the next. */
interface Scan {
  text: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  prefixes: Float64Array;
}

const scan: Scan = {
  text: '',
  count: 0,
  starts: new Int32Array(64),
  ends: new Int32Array(64),
  hashes: new Int32Array(64),
  prefixes: new Float64Array(64),
};

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

/** Splits `text` into words (a hyphen or apostrophe splits, as in the cues) with the hash of each. */
function scanWords(text: string): void {
  scan.text = text;
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    if (count === scan.starts.length) grow();
    const start = i;
    let h = 0x811c9dc5;
    let prefix = 0;
    do {
      h = Math.imul(h ^ lowerCode(c), 0x01000193);
      if (i - start === PREFIX_KEY - 1) prefix = h;
      c = ++i < n ? text.charCodeAt(i) : 0;
    } while (i < n && isWordCode(c));
    scan.starts[count] = start;
    scan.ends[count] = i;
    scan.hashes[count] = h;
    // The hash of the first four letters, for prefix cues (0 for a shorter word: no prefix cue is that short).
    scan.prefixes[count] = i - start >= PREFIX_KEY ? prefix : 0;
    count++;
  }
  scan.count = count;
}

function grow(): void {
  const size = scan.starts.length * 2;
  const copy = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
    const b = make(size);
    b.set(a);
    return b;
  };
  scan.starts = copy(scan.starts, (n) => new Int32Array(n));
  scan.ends = copy(scan.ends, (n) => new Int32Array(n));
  scan.hashes = copy(scan.hashes, (n) => new Int32Array(n));
  scan.prefixes = copy(scan.prefixes, (n) => new Float64Array(n));
}

/**
 * The cues of `text` on `ladder` and the place they give it. Verb cues count from `bodyStart` on (the text after the
 * headline's " — "); before it they still take their words, so "Team lead" is neither a verb nor a scope word.
 */
export function readLadder(text: string, ladder: CompiledLadder = builtInLadder(), bodyStart = 0): LadderReading {
  scanWords(text);
  const cues: CueMatch[] = [];
  let weight = 0;
  let sum = 0;
  for (let i = 0; i < scan.count;) {
    const match = longestAt(ladder, i);
    if (match === undefined) {
      i++;
      continue;
    }
    const length = match.tests.length;
    if (match.weight > 0 && (!match.verb || scan.starts[i] >= bodyStart)) {
      cues.push({ start: scan.starts[i], end: scan.ends[i + length - 1], place: match.place, weight: match.weight });
      weight += match.weight;
      sum += match.weight * match.place;
    }
    i += length;
  }
  return { cues, weight, place: weight > 0 ? sum / weight : NaN };
}

function longestAt(ladder: CompiledLadder, i: number): CompiledCue | undefined {
  const whole = ladder.byHash.get(scan.hashes[i]);
  const prefixed = scan.prefixes[i] !== 0 ? ladder.byPrefix.get(scan.prefixes[i]) : undefined;
  if (whole === undefined && prefixed === undefined) return undefined;
  return longestOf(prefixed, i, longestOf(whole, i, undefined));
}

/** The longest cue of `list` (longest first) matching at word `i`, if longer than `best`. */
function longestOf(list: CompiledCue[] | undefined, i: number, best: CompiledCue | undefined): CompiledCue | undefined {
  if (list === undefined) return best;
  for (const cue of list) {
    if (best && cue.tests.length <= best.tests.length) break;
    if (matchesAt(cue.tests, i)) return cue;
  }
  return best;
}

function matchesAt(tests: WordTest[], i: number): boolean {
  if (i + tests.length > scan.count) return false;
  // Hashes first, for every word of the cue (no string made); the words themselves only to confirm a whole match.
  for (let k = 0; k < tests.length; k++) {
    const test = tests[k];
    if (test.kind === 'words' ? !test.hashes.has(scan.hashes[i + k]) : scan.ends[i + k] - scan.starts[i + k] < test.prefix.length)
      return false;
  }
  for (let k = 0; k < tests.length; k++) {
    const test = tests[k];
    const word = wordAt(i + k);
    if (test.kind === 'words' ? !test.words.has(word) : !word.startsWith(test.prefix)) return false;
  }
  return true;
}

const wordAt = (j: number): string => scan.text.slice(scan.starts[j], scan.ends[j]).toLowerCase();
