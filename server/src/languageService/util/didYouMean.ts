/** "Did you mean" suggestions by edit distance. */
import { compareText } from './compareText';
import { ownString } from './ownString';

/** Levenshtein distance, case-insensitive, bounded: returns `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  return lowerDistance(a.toLowerCase(), b.toLowerCase(), max);
}

// Two reused rows: a file with thousands of unknown names asks for thousands of distances.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** {@link editDistance} of two strings already in lower case. */
function lowerDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rowA.length < n + 1) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      let v = prev[j] + 1;
      const insert = cur[j - 1] + 1;
      if (insert < v) v = insert;
      const substitute = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      if (substitute < v) v = substitute;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return prev[n];
}

/** Counts of the characters of a string, folded into 64 buckets by their code (see {@link exceedsByBag}). */
function histogram(lower: string, into = new Int16Array(64)): Int16Array {
  into.fill(0);
  for (let i = 0; i < lower.length; i++) into[lower.charCodeAt(i) & 63]++;
  return into;
}

const scratch = new Int16Array(64);

/**
 * Whether the edit distance of two strings must exceed `max`, by their characters alone: an edit changes at
 * most one character's count up and one down, so the larger of "characters only in one" and "only in the other"
 * (as multisets) is at most the distance. Folding characters into buckets only lowers it, so it stays a bound.
 * Far cheaper than the distance: a file of thousands of unknown names rules most candidates out here.
 */
function exceedsByBag(query: Int16Array, candidate: string, max: number): boolean {
  scratch.set(query);
  for (let i = 0; i < candidate.length; i++) scratch[candidate.charCodeAt(i) & 63]--;
  let more = 0;
  let fewer = 0;
  for (let b = 0; b < 64; b++) {
    const d = scratch[b];
    if (d > 0) more += d;
    else fewer -= d;
  }
  return Math.max(more, fewer) > max;
}

type Candidate = { candidate: string; lower: string };

/**
 * The known values closest to `value`, best first: those within an edit distance of about a third of the
 * longer string (at least 2), plus any that equal it ignoring case or that contain it as a word prefix.
 */
export function closest(value: string, known: Iterable<string>, limit = 3): string[] {
  return closestAmong(value, candidatesOf(Array.isArray(known) ? known : [...known]), limit);
}

function closestAmong(value: string, known: readonly Candidate[], limit: number): string[] {
  const scored: { candidate: string; score: number }[] = [];
  const lower = value.toLowerCase().trim();
  if (!lower) return [];
  const query = histogram(lower);
  for (const { candidate, lower: cl } of known) {
    if (candidate === value) continue;
    const max = Math.max(2, Math.floor(Math.max(lower.length, cl.length) / 3));
    const d = Math.abs(lower.length - cl.length) > max || exceedsByBag(query, cl, max) ? max + 1 : lowerDistance(lower, cl, max);
    if (d <= max) scored.push({ candidate, score: d });
    else if (lower.length >= 4 && cl.startsWith(lower)) scored.push({ candidate, score: max + 1 });
  }
  scored.sort((x, y) => x.score - y.score || compareText(x.candidate, y.candidate));
  return scored.slice(0, limit).map((s) => s.candidate);
}

/**
 * `closest` against a fixed list, remembering each answer: a large file repeats the same unknown name many
 * times, and each fresh answer costs an edit distance to every known value. Each call gets its own array.
 */
export function closestFinder(known: readonly string[], limit = 3): (value: string) => string[] {
  const answers = sharedAnswers(known, limit) ?? new Map<string, string[]>();
  let pairs: Candidate[] | undefined; // made on the first question: most files ask none
  return (value) => {
    let answer = answers.get(value);
    if (!answer) {
      if (answers.size >= MAX_SHARED_ANSWERS) answers.clear();
      // Kept past the file when shared: a copy of the name, not a slice of the file's text.
      answers.set(ownString(value), (answer = closestAmong(value, (pairs ??= candidatesOf(known)), limit)));
    }
    return [...answer];
  };
}

/**
 * Answers over a list that never changes (a catalog) hold for every file, so finders over it share them: the
 * same misspelt O*NET name across a workspace's files is worked out once. Bounded, since a server lives long.
 */
const frozenAnswers = new WeakMap<readonly string[], Map<number, Map<string, string[]>>>();
const MAX_SHARED_ANSWERS = 2000;

function sharedAnswers(known: readonly string[], limit: number): Map<string, string[]> | undefined {
  if (!Object.isFrozen(known)) return undefined;
  let byLimit = frozenAnswers.get(known);
  if (!byLimit) frozenAnswers.set(known, (byLimit = new Map()));
  let answers = byLimit.get(limit);
  if (!answers) byLimit.set(limit, (answers = new Map()));
  return answers;
}

/** Lower-cased forms of lists that never change (the catalogs), made once for every finder over them. */
const frozenCandidates = new WeakMap<readonly string[], Candidate[]>();

function candidatesOf(known: readonly string[]): Candidate[] {
  const cached = frozenCandidates.get(known);
  if (cached) return cached;
  const pairs = known.map((candidate) => ({ candidate, lower: candidate.toLowerCase() }));
  if (Object.isFrozen(known)) frozenCandidates.set(known, pairs);
  return pairs;
}
