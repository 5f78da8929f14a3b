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

/** A cue as the reader needs it once found. */
interface CompiledCue {
  /** How many words it has. */
  length: number;
  place: number;
  weight: number;
  /** A verb cue: read in the body only (a headline names things: "Workflow design", "Team lead"). */
  verb: boolean;
  /** Its rank in the order cues are defined: of two cues as long, the first defined is read. */
  order: number;
}

/**
 * A node of the ladder's trie of cues, after some words: the cue those words make (the first defined, if several
 * do), and the words that can follow, by their id or by a prefix they begin with ("under supervisor*").
 */
interface TrieNode {
  cue: CompiledCue | undefined;
  next: Map<number, TrieNode> | undefined;
  prefixed: PrefixEdge[] | undefined;
}

/** A step of the trie on any word that begins with `prefix` (`key`: the hash of its first {@link PREFIX_KEY} letters, 0 for a shorter prefix). */
interface PrefixEdge {
  prefix: string;
  key: number;
  node: TrieNode;
}

/**
 * The ladder as the reader looks it up. Every word a cue names exactly has an id; a statement's word gets its id
 * (or -1) by one probe of an open-addressing table of hashes, the word then compared where it stands, and the cues
 * are a trie over those ids: from a word that can begin a cue, each further word is one look-up.
 */
export interface CompiledLadder {
  /** The words cues name exactly, by id. */
  vocabulary: string[];
  /**
   * Open addressing: the hash of the word in each slot (-1 for none), and its id. A power of two of slots, at least
   * four times the words (a table filled up would never end a probe), `mask` one less.
   */
  slotHashes: Int32Array;
  slotIds: Int32Array;
  mask: number;
  /** Per word id: the trie after that word as a cue's first (undefined for a word that begins none). */
  first: (TrieNode | undefined)[];
  /** Cues that begin with a prefix of {@link PREFIX_KEY} letters or more ("autonom*"), by the hash of those letters. */
  firstPrefixed: Map<number, PrefixEdge[]>;
  /**
   * The low bits of the keys of `firstPrefixed`, as flags: nearly every word begins no such cue, and one look in
   * this table passes it over without a look-up in the map.
   */
  prefixFlags: Uint8Array;
  /** Cues defined so far. */
  cues: number;
  /** Whether two words of the vocabulary have the same hash: a word's id is then given only after comparing it. */
  sharedHashes: boolean;
}

/** Slots of the built-in ladder's table: well above its few hundred words, so that most probes end at once. */
const TABLE_SIZE = 4096;
/** Slots of the table of prefix flags. */
const PREFIX_FLAGS = 4096;

/** The id of `word`, added to the ladder's vocabulary if new. */
function idOf(ladder: CompiledLadder, word: string): number {
  const h = wordHash(word);
  let slot = h & ladder.mask;
  for (; ladder.slotHashes[slot] !== -1; slot = (slot + 1) & ladder.mask) {
    if (ladder.slotHashes[slot] !== h) continue;
    if (ladder.vocabulary[ladder.slotIds[slot]] === word) return ladder.slotIds[slot];
    ladder.sharedHashes = true;
  }
  const id = ladder.vocabulary.length;
  ladder.vocabulary.push(word);
  ladder.first.push(undefined);
  // Extra cues come from the configuration, as many as it lists: the table grows to stay a quarter full at most.
  if (ladder.vocabulary.length * 4 > ladder.mask + 1) rehash(ladder, (ladder.mask + 1) * 2);
  else {
    ladder.slotHashes[slot] = h;
    ladder.slotIds[slot] = id;
  }
  return id;
}

/** Builds the ladder's table anew with `size` slots, from its vocabulary. */
function rehash(ladder: CompiledLadder, size: number): void {
  ladder.slotHashes = new Int32Array(size).fill(-1);
  ladder.slotIds = new Int32Array(size);
  ladder.mask = size - 1;
  ladder.vocabulary.forEach((word, id) => {
    const h = wordHash(word);
    let slot = h & ladder.mask;
    while (ladder.slotHashes[slot] !== -1) slot = (slot + 1) & ladder.mask;
    ladder.slotHashes[slot] = h;
    ladder.slotIds[slot] = id;
  });
}

/**
 * The id of word `i` of `words` in the ladder's vocabulary, or -1, by one probe of its hash. Unless two words of the
 * vocabulary hash alike, the word itself is compared only once it is part of a cue ({@link confirmed}): most words
 * with an id begin no cue that matches.
 */
function idAt(ladder: CompiledLadder, words: StatementWords, i: number): number {
  const h = words.hashes[i];
  const mask = ladder.mask;
  for (let slot = h & mask; ladder.slotHashes[slot] !== -1; slot = (slot + 1) & mask) {
    if (ladder.slotHashes[slot] === h && (!ladder.sharedHashes || words.is(i, ladder.vocabulary[ladder.slotIds[slot]])))
      return ladder.slotIds[slot];
  }
  return -1;
}

/**
 * Whether the words `i` to `i + length` that have an id are the vocabulary's words of that id. Each that is not
 * loses its id (it only hashes as that word), and the reading must look at `i` again.
 */
function confirmed(ladder: CompiledLadder, words: StatementWords, i: number, length: number): boolean {
  let all = true;
  for (let j = i; j < i + length; j++) {
    if (ids[j] !== -1 && !words.is(j, ladder.vocabulary[ids[j]])) {
      ids[j] = -1;
      all = false;
    }
  }
  return all;
}

const newNode = (): TrieNode => ({ cue: undefined, next: undefined, prefixed: undefined });

/** The hash of a prefix's first {@link PREFIX_KEY} letters, as a word's scan takes it; 0 for a shorter prefix. */
const prefixKey = (prefix: string): number => (prefix.length >= PREFIX_KEY ? wordHash(prefix, PREFIX_KEY) : 0);

/** The edge of `edges` for `prefix`, made if missing. */
function edgeFor(edges: PrefixEdge[], prefix: string): TrieNode {
  let edge = edges.find((e) => e.prefix === prefix);
  if (!edge) edges.push((edge = { prefix, key: prefixKey(prefix), node: newNode() }));
  return edge.node;
}

/** The ids of a cue's exact word: the word, or every verb form of a word marked `~`. */
function idsOf(ladder: CompiledLadder, word: string): number[] {
  const forms = word.endsWith('~') ? verbForms(word.slice(0, -1)) : [word];
  return [...new Set(forms.map((form) => idOf(ladder, form)))];
}

function addCue(ladder: CompiledLadder, text: string, place: number, weight: number, verb = false): void {
  const words = tokenizeCue(text);
  if (words.length === 0) return;
  const cue: CompiledCue = { length: words.length, place, weight, verb, order: ladder.cues++ };
  // The nodes after each word: several where a word has several forms (each form its own path, so that two cues
  // that share a form never share what follows another).
  const [head, ...rest] = words;
  let nodes: TrieNode[];
  const key = head.endsWith('*') ? prefixKey(head.slice(0, -1)) : 0;
  if (key !== 0) {
    const prefix = head.slice(0, -1);
    const edges = ladder.firstPrefixed.get(key) ?? [];
    ladder.firstPrefixed.set(key, edges);
    ladder.prefixFlags[key & (PREFIX_FLAGS - 1)] = 1;
    nodes = [edgeFor(edges, prefix)];
  } else {
    // A prefix too short to index begins the cue as a word of its own.
    nodes = idsOf(ladder, head.endsWith('*') ? head.slice(0, -1) : head).map((id) => (ladder.first[id] ??= newNode()));
  }
  for (const word of rest) {
    nodes = nodes.flatMap((node) => {
      if (word.endsWith('*')) return [edgeFor((node.prefixed ??= []), word.slice(0, -1))];
      const next = (node.next ??= new Map());
      return idsOf(ladder, word).map((id) => {
        let child = next.get(id);
        if (!child) next.set(id, (child = newNode()));
        return child;
      });
    });
  }
  for (const node of nodes) node.cue ??= cue;
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
  const ladder: CompiledLadder = {
    vocabulary: [],
    slotHashes: new Int32Array(TABLE_SIZE).fill(-1),
    slotIds: new Int32Array(TABLE_SIZE),
    mask: TABLE_SIZE - 1,
    first: [],
    firstPrefixed: new Map(),
    prefixFlags: new Uint8Array(PREFIX_FLAGS),
    cues: 0,
    sharedHashes: false,
  };
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
  // Each word's id first, by its hash: a cue's later words are then compared as numbers.
  if (ids.length < words.count) ids = new Int32Array(Math.max(words.count, ids.length * 2));
  const count = words.count;
  for (let i = 0; i < count; i++) ids[i] = idAt(ladder, words, i);
  const { first, prefixFlags } = ladder;
  const prefixes = words.prefixes;
  let weight = 0;
  let sum = 0;
  for (let i = 0; i < count;) {
    // Most words begin no cue: passed over here, on their id and the flag of their first letters.
    const id = ids[i];
    if ((id === -1 || first[id] === undefined) && (prefixes[i] === 0 || prefixFlags[prefixes[i] & (PREFIX_FLAGS - 1)] === 0)) {
      i++;
      continue;
    }
    let match = longestAt(ladder, words, i);
    // The cue's words compared as they stand: a word that only hashes as a cue word's is then no word of the
    // ladder, and the cue at `i` is looked for again.
    while (match !== undefined && !confirmed(ladder, words, i, match.length)) match = longestAt(ladder, words, i);
    if (match === undefined) {
      i++;
      continue;
    }
    const length = match.length;
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

/** The ids of the words of the statement being read, reused from one statement to the next. */
let ids = new Int32Array(64);

const NO_CUES: CueMatch[] = [];
const reading: LadderReading = { cues: NO_CUES, weight: 0, place: NaN };

/** The cue read at word `i`: the longest that matches there (of two as long, the first defined), if any. */
function longestAt(ladder: CompiledLadder, words: StatementWords, i: number): CompiledCue | undefined {
  const id = ids[i];
  const node = id === -1 ? undefined : ladder.first[id];
  let best = node === undefined ? undefined : deepest(node, words, i + 1, undefined);
  if (words.prefixes[i] !== 0 && ladder.prefixFlags[words.prefixes[i] & (PREFIX_FLAGS - 1)] === 1) {
    const edges = ladder.firstPrefixed.get(words.prefixes[i]);
    if (edges !== undefined) {
      let prefixed: CompiledCue | undefined;
      for (const edge of edges) if (words.startsWith(i, edge.prefix)) prefixed = deepest(edge.node, words, i + 1, prefixed);
      // A cue that begins with a whole word is read before one as long that begins with a prefix.
      if (prefixed !== undefined && (best === undefined || prefixed.length > best.length)) best = prefixed;
    }
  }
  return best;
}

/** The best of `best` and the cues of the trie from `node` on, whose next word is word `j`. */
function deepest(node: TrieNode, words: StatementWords, j: number, best: CompiledCue | undefined): CompiledCue | undefined {
  if (
    node.cue !== undefined &&
    (best === undefined || node.cue.length > best.length || (node.cue.length === best.length && node.cue.order < best.order))
  )
    best = node.cue;
  if (j >= words.count) return best;
  if (node.next !== undefined && ids[j] !== -1) {
    const child = node.next.get(ids[j]);
    if (child !== undefined) best = deepest(child, words, j + 1, best);
  }
  if (node.prefixed !== undefined) {
    for (const edge of node.prefixed) if (prefixAt(edge, words, j)) best = deepest(edge.node, words, j + 1, best);
  }
  return best;
}

/**
 * Whether word `i` begins with the edge's prefix. An ASCII word whose own first letters hash otherwise than the
 * prefix's is passed over without a comparison.
 */
function prefixAt(edge: PrefixEdge, words: StatementWords, i: number): boolean {
  return (edge.key === 0 || words.ascii[i] !== 1 || words.prefixes[i] === edge.key) && words.startsWith(i, edge.prefix);
}
