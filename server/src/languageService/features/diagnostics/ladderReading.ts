/**
 * Reading a statement on the level ladder: which cue words and phrases of the ladder it holds, and where on the
 * ladder they put it (the weighted mean of their places, Emerging 0 to Advanced 3).
 *
 * Every core and AI-fluency statement is read, and few of their words are cues: the reader looks words up by the
 * hashes of the statement's one scan ({@link StatementWords}) and makes a word's string only when the hash is a
 * cue's (to confirm it).
 */
import { LADDER, LADDER_NEUTRAL, type LadderCue, type LadderLevel } from '../../catalog/ladder';
import { PREFIX_KEY, verbForms, wordHash, type StatementWords } from '../../util/words';

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

/** A word of a cue: one of some words (its forms, by hash), or any word beginning with a prefix. */
type WordTest = { kind: 'words'; forms: ReadonlyMap<number, readonly string[]> } | { kind: 'prefix'; prefix: string };

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
  /**
   * The low bits of every key of `byHash` and `byPrefix`, as flags: nearly every word of a statement is no cue, and
   * one look in this table passes it over without a look-up in either map.
   */
  keys: Uint8Array;
}

/** Low bits of a hash that index {@link CompiledLadder.keys}. */
const KEY_MASK = 0xffff;

function prefixHash(word: string): number {
  return wordHash(word, PREFIX_KEY);
}

function compileWord(word: string): WordTest {
  if (word.endsWith('*')) return { kind: 'prefix', prefix: word.slice(0, -1) };
  const forms = new Map<number, string[]>();
  for (const form of word.endsWith('~') ? verbForms(word.slice(0, -1)) : [word]) {
    const list = forms.get(wordHash(form)) ?? [];
    list.push(form);
    forms.set(wordHash(form), list);
  }
  return { kind: 'words', forms };
}

function addCue(ladder: CompiledLadder, text: string, place: number, weight: number, verb = false): void {
  const words = tokenizeCue(text);
  if (words.length === 0) return;
  const tests = words.map(compileWord);
  const cue: CompiledCue = { tests, place, weight, verb };
  const first = tests[0];
  if (first.kind === 'prefix' && first.prefix.length >= PREFIX_KEY) insertCue(ladder, ladder.byPrefix, prefixHash(first.prefix), cue);
  else if (first.kind === 'prefix')
    insertCue(ladder, ladder.byHash, wordHash(first.prefix), { ...cue, tests: [compileWord(first.prefix), ...tests.slice(1)] });
  else for (const h of first.forms.keys()) insertCue(ladder, ladder.byHash, h, cue);
}

function insertCue(ladder: CompiledLadder, map: Map<number, CompiledCue[]>, key: number, cue: CompiledCue): void {
  ladder.keys[key & KEY_MASK] = 1;
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
  const ladder: CompiledLadder = { byHash: new Map(), byPrefix: new Map(), keys: new Uint8Array(KEY_MASK + 1) };
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

/**
 * The cues of the statement read into `words` on `ladder`, and the place they give it. Verb cues count from
 * `bodyStart` on (the text after the headline's " — "); before it they still take their words, so "Team lead" is
 * neither a verb nor a scope word. The cues themselves are listed only `withCues` (the weight and place decide
 * whether they are needed, and most statements are read without making any object). The reading returned is the
 * reader's own, valid until its next call.
 */
export function readLadder(
  words: StatementWords,
  ladder: CompiledLadder = builtInLadder(),
  bodyStart = 0,
  withCues = false,
): Readonly<LadderReading> {
  const cues: CueMatch[] | undefined = withCues ? [] : undefined;
  let weight = 0;
  let sum = 0;
  for (let i = 0; i < words.count;) {
    const match = longestAt(ladder, words, i);
    if (match === undefined) {
      i++;
      continue;
    }
    const length = match.tests.length;
    if (match.weight > 0 && (!match.verb || words.starts[i] >= bodyStart)) {
      cues?.push({ start: words.starts[i], end: words.ends[i + length - 1], place: match.place, weight: match.weight });
      weight += match.weight;
      sum += match.weight * match.place;
    }
    i += length;
  }
  reading.cues = cues ?? NO_CUES;
  reading.weight = weight;
  reading.place = weight > 0 ? sum / weight : NaN;
  return reading;
}

const NO_CUES: CueMatch[] = [];
const reading: LadderReading = { cues: NO_CUES, weight: 0, place: NaN };

function longestAt(ladder: CompiledLadder, words: StatementWords, i: number): CompiledCue | undefined {
  const prefix = words.prefixes[i];
  if (ladder.keys[words.hashes[i] & KEY_MASK] === 0 && (prefix === 0 || ladder.keys[prefix & KEY_MASK] === 0)) return undefined;
  const whole = ladder.byHash.get(words.hashes[i]);
  const prefixed = words.prefixes[i] !== 0 ? ladder.byPrefix.get(words.prefixes[i]) : undefined;
  if (whole === undefined && prefixed === undefined) return undefined;
  return longestOf(prefixed, words, i, longestOf(whole, words, i, undefined));
}

/** The longest cue of `list` (longest first) matching at word `i`, if longer than `best`. */
function longestOf(
  list: CompiledCue[] | undefined,
  words: StatementWords,
  i: number,
  best: CompiledCue | undefined,
): CompiledCue | undefined {
  if (list === undefined) return best;
  for (const cue of list) {
    if (best && cue.tests.length <= best.tests.length) break;
    if (matchesAt(cue.tests, words, i)) return cue;
  }
  return best;
}

function matchesAt(tests: WordTest[], words: StatementWords, i: number): boolean {
  if (i + tests.length > words.count) return false;
  // Hashes first, for every word of the cue; the words themselves only to confirm a whole match, where they stand.
  for (let k = 0; k < tests.length; k++) {
    const test = tests[k];
    if (test.kind === 'words' ? !test.forms.has(words.hashes[i + k]) : words.ends[i + k] - words.starts[i + k] < test.prefix.length)
      return false;
  }
  for (let k = 0; k < tests.length; k++) {
    const test = tests[k];
    if (test.kind === 'words' ? !isOneOf(words, i + k, test.forms.get(words.hashes[i + k])!) : !words.startsWith(i + k, test.prefix))
      return false;
  }
  return true;
}

function isOneOf(words: StatementWords, i: number, forms: readonly string[]): boolean {
  for (const form of forms) if (words.is(i, form)) return true;
  return false;
}
