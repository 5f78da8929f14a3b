/**
 * `statement-vague-verb`: a statement's body that opens (after an optional adverb) with a verb naming no observable
 * action ("understand", "be aware of"). The finding carries observable verbs to put instead, in the same form.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { DEFAULT_INSTEAD, VAGUE_VERBS } from '../../catalog/vagueVerbs';
import { makeDiagnostic } from '../../diagnostic';
import { collectStatements, pathOf, rangeInString, type FrameworkDocument } from '../../model';
import { SEPARATOR } from '../../statement';
import { thirdPerson, tokenize } from '../../util/words';
import { optionsOf, stringList, type RuleOptions } from './ruleOptions';

const CODE = 'statement-vague-verb';

/** Words read from the body's start: an adverb and the longest vague phrase. */
const OPENING_WORDS = 6;

interface CompiledVague {
  /** The first word in base form ("understand", "be"). */
  base: string;
  /** Accepted words at each position: base and third person of the first, the rest as written. */
  words: ReadonlySet<string>[];
  instead: readonly string[];
}

function compile(text: string, instead: readonly string[]): CompiledVague | undefined {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.length === 0) return undefined;
  const [first, ...rest] = words;
  const firstForms = first === 'be' ? ['be', 'is', 'are'] : first === 'have' ? ['have', 'has'] : [first, thirdPerson(first)];
  return { base: first, words: [new Set(firstForms), ...rest.map((w) => new Set([w]))], instead };
}

let builtIn: CompiledVague[] | undefined;

function vagueList(ruleOptions: RuleOptions | undefined): CompiledVague[] {
  builtIn ??= VAGUE_VERBS.map((v) => compile(v.text, v.instead)).filter((v): v is CompiledVague => !!v);
  const extra = stringList(optionsOf(ruleOptions, CODE).verbs) ?? [];
  const list =
    extra.length === 0 ? builtIn : [...builtIn, ...extra.map((v) => compile(v, DEFAULT_INSTEAD)).filter((v): v is CompiledVague => !!v)];
  // Longest first, so "be aware of" is read whole and an added "be" never hides it.
  return [...list].sort((a, b) => b.words.length - a.words.length);
}

/** The finding of every statement whose body opens with a vague verb. */
export function checkVagueVerbs(doc: FrameworkDocument, ruleOptions?: RuleOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const list = vagueList(ruleOptions);
  // The words a vague verb can open with: most statements are passed over on one look-up.
  const openers = new Set(list.flatMap((v) => [...v.words[0]]));
  for (const s of collectStatements(doc)) {
    const separator = s.text.indexOf(SEPARATOR);
    if (separator < 0) continue;
    const bodyStart = separator + SEPARATOR.length;
    // Most bodies open with a word no vague verb starts with: that one look-up passes them over.
    const opener = firstWord(s.text, bodyStart);
    if (!openers.has(opener) && !isAdverb(opener)) continue;
    // The opening words only: a vague verb later in the body ("… so that staff understand") is not the action.
    const { words, starts, ends } = tokenize(s.text, bodyStart, OPENING_WORDS);
    const first = words.length > 1 && isAdverb(words[0]) ? 1 : 0;
    if (words.length === 0 || !openers.has(words[first])) continue;
    const match = list.find((v) => v.words.every((set, k) => first + k < words.length && set.has(words[first + k])));
    if (!match) continue;
    const start = starts[first];
    const end = ends[first + match.words.length - 1];
    const written = s.text.slice(start, end);
    const opening = words[first];
    const third = opening !== match.base && opening !== 'are';
    const replacements = match.instead.map((verb) => matchCase(written, third ? thirdPersonPhrase(verb) : verb));
    const r = rangeInString(doc, s.textNode, start, end);
    out.push(
      makeDiagnostic(
        doc.textDocument,
        r.start,
        r.end,
        CODE,
        `"${written}" names no observable action: open with what a person can be seen doing, such as ${quoteList(replacements)}`,
        DiagnosticSeverity.Warning,
        { path: pathOf(s.textNode), index: start, length: end - start, replacements },
      ),
    );
  }
  return out;
}

/** The first word from `from` on, lower-cased ('' when there is none). */
function firstWord(text: string, from: number): string {
  let i = from;
  while (i < text.length && !isLetter(text.charCodeAt(i))) i++;
  const start = i;
  while (i < text.length && isLetter(text.charCodeAt(i))) i++;
  return text.slice(start, i).toLowerCase();
}

const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** "Clearly", "fully": an adverb before the verb. Words such as "only" or "early" are rarely openers; "apply" ends in -ly too. */
function isAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly') && !word.endsWith('ply');
}

/** "assist with" → "assists with": the first word takes the ending. */
function thirdPersonPhrase(verb: string): string {
  const [first, ...rest] = verb.split(' ');
  return [thirdPerson(first), ...rest].join(' ');
}

function matchCase(written: string, replacement: string): string {
  const c = written.charAt(0);
  return c !== c.toLowerCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

function quoteList(words: readonly string[]): string {
  const quoted = words.map((w) => `"${w}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
