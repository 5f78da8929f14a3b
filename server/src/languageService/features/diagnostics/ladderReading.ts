/**
 * Reading a statement on the level ladder: which cue words and phrases of the ladder it holds, and where on the
 * ladder they put it (the weighted mean of their places, Emerging 0 to Advanced 3).
 */
import { LADDER, LADDER_NEUTRAL, type LadderCue, type LadderLevel } from '../../catalog/ladder';
import { tokenize, verbForms, type Token } from '../../util/words';

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

type WordTest = { kind: 'words'; words: ReadonlySet<string> } | { kind: 'prefix'; prefix: string };

interface CompiledCue {
  tests: WordTest[];
  place: number;
  weight: number;
  /** A verb cue: read in the body only (a headline names things: "Workflow design", "Team lead"). */
  verb: boolean;
}

/** Cues indexed by the words that can begin them, longest first; prefix cues by their first four letters. */
export interface CompiledLadder {
  byWord: Map<string, CompiledCue[]>;
  byPrefix: Map<string, CompiledCue[]>;
}

const PREFIX_KEY = 4;

function compileWord(word: string): WordTest {
  if (word.endsWith('*')) return { kind: 'prefix', prefix: word.slice(0, -1) };
  if (word.endsWith('~')) return { kind: 'words', words: new Set(verbForms(word.slice(0, -1))) };
  return { kind: 'words', words: new Set([word]) };
}

function addCue(ladder: CompiledLadder, text: string, place: number, weight: number, verb = false): void {
  const words = tokenizeCue(text);
  if (words.length === 0) return;
  const tests = words.map(compileWord);
  const cue: CompiledCue = { tests, place, weight, verb };
  const first = tests[0];
  const keys = first.kind === 'words' ? [...first.words] : [first.prefix.slice(0, PREFIX_KEY)];
  // A prefix shorter than the index key could not be found by it: such a cue is read as a whole word.
  const map = first.kind === 'prefix' && first.prefix.length >= PREFIX_KEY ? ladder.byPrefix : ladder.byWord;
  for (const key of keys) {
    const list = map.get(key) ?? [];
    list.push(cue);
    list.sort((a, b) => b.tests.length - a.tests.length);
    map.set(key, list);
  }
}

/** A cue's words as the tokenizer would split them, keeping the `~` and `*` marks. */
function tokenizeCue(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9~*\u00c0-\u024f]+/)
    .filter((w) => w.length > 0 && w !== '~' && w !== '*');
}

const LEVEL_PLACE: Record<LadderLevel, number> = { emerging: 0, developing: 1, proficient: 2, advanced: 3 };

/** The built-in ladder with `extra` cues added (each compiled ladder is kept for the same extras). */
export function compileLadder(extra?: ExtraCues): CompiledLadder {
  const ladder: CompiledLadder = { byWord: new Map(), byPrefix: new Map() };
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
 * The cues of `text` on `ladder` and the place they give it. Verb cues count from `bodyStart` on (the text after the
 * headline's " — "); before it they still take their words, so "Team lead" is neither a verb nor a scope word.
 */
export function readLadder(text: string, ladder: CompiledLadder = builtInLadder(), bodyStart = 0): LadderReading {
  const tokens = tokenize(text);
  const cues: CueMatch[] = [];
  let weight = 0;
  let sum = 0;
  for (let i = 0; i < tokens.length; ) {
    const match = longestAt(ladder, tokens, i);
    if (!match) {
      i++;
      continue;
    }
    const [cue, length] = match;
    if (cue.weight > 0 && (!cue.verb || tokens[i].start >= bodyStart)) {
      cues.push({ start: tokens[i].start, end: tokens[i + length - 1].end, place: cue.place, weight: cue.weight });
      weight += cue.weight;
      sum += cue.weight * cue.place;
    }
    i += length;
  }
  return { cues, weight, place: weight > 0 ? sum / weight : NaN };
}

function longestAt(ladder: CompiledLadder, tokens: Token[], i: number): [CompiledCue, number] | undefined {
  const word = tokens[i].word;
  const candidates = ladder.byWord.get(word);
  const prefixed = word.length >= PREFIX_KEY ? ladder.byPrefix.get(word.slice(0, PREFIX_KEY)) : undefined;
  let best: [CompiledCue, number] | undefined;
  for (const list of [candidates, prefixed]) {
    if (!list) continue;
    for (const cue of list) {
      if (best && cue.tests.length <= best[1]) break; // lists are longest first
      if (matchesAt(cue.tests, tokens, i)) best = [cue, cue.tests.length];
    }
  }
  return best;
}

function matchesAt(tests: WordTest[], tokens: Token[], i: number): boolean {
  if (i + tests.length > tokens.length) return false;
  for (let k = 0; k < tests.length; k++) {
    const test = tests[k];
    const word = tokens[i + k].word;
    if (test.kind === 'words' ? !test.words.has(word) : !word.startsWith(test.prefix)) return false;
  }
  return true;
}
