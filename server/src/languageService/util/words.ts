/** Words of a statement for the checks of substance: tokens with their offsets, stop words, a light stemmer. */

/** The words of a text, lower-cased, with their offsets: parallel lists (one allocation each, not one per word). */
export interface Words {
  words: string[];
  starts: number[];
  ends: number[];
}

/**
 * The words of `text[from, …)` (at most `limit`), lower-cased, with their offsets in `text`. A hyphen or apostrophe
 * splits words ("enterprise-wide" is two), so a cue written with a space ("enterprise wide") matches both spellings.
 */
export function tokenize(text: string, from = 0, limit = Infinity): Words {
  const out: Words = { words: [], starts: [], ends: [] };
  // Lower-case once (where that keeps the length, as it does for all but a few non-ASCII letters), then slice.
  const lowered = text.toLowerCase();
  const lower = lowered.length === text.length ? lowered : undefined;
  const n = text.length;
  let i = from;
  while (i < n && out.words.length < limit) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordCode(text.charCodeAt(i))) i++;
    out.words.push(lower !== undefined ? lower.slice(start, i) : text.slice(start, i).toLowerCase());
    out.starts.push(start);
    out.ends.push(i);
  }
  return out;
}

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
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

/**
 * A light stem: enough to let "budgets", "budgeting" and "budget", or "coordinate", "coordinating" and
 * "coordination" meet, without a dictionary. Not a linguistic stem; both sides of a comparison go through it.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  for (const suffix of ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ion', 'al', 'ed', 'er', 'or', 'ly', 'e']) {
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
  for (const word of tokenize(text).words) {
    if (word.length > 1 && !STOP_WORDS.has(word) && !isNumber(word)) out.add(stem(word));
  }
  return out;
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
