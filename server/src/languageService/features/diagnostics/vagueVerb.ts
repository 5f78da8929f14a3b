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

interface CompiledVague {
  /** The first word in base form ("understand", "be"). */
  base: string;
  /** Accepted words at each position: base and third person of the first, the rest as written. */
  words: ReadonlySet<string>[];
  instead: readonly string[];
}

function compile(text: string, instead: readonly string[]): CompiledVague | undefined {
  const words = text.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return undefined;
  const [first, ...rest] = words;
  const firstForms = first === 'be' ? ['be', 'is', 'are'] : first === 'have' ? ['have', 'has'] : [first, thirdPerson(first)];
  return { base: first, words: [new Set(firstForms), ...rest.map((w) => new Set([w]))], instead };
}

let builtIn: CompiledVague[] | undefined;

function vagueList(ruleOptions: RuleOptions | undefined): CompiledVague[] {
  builtIn ??= VAGUE_VERBS.map((v) => compile(v.text, v.instead)).filter((v): v is CompiledVague => !!v);
  const extra = stringList(optionsOf(ruleOptions, CODE).verbs) ?? [];
  const list = extra.length === 0 ? builtIn : [...builtIn, ...extra.map((v) => compile(v, DEFAULT_INSTEAD)).filter((v): v is CompiledVague => !!v)];
  // Longest first, so "be aware of" is read whole and an added "be" never hides it.
  return [...list].sort((a, b) => b.words.length - a.words.length);
}

/** The finding of every statement whose body opens with a vague verb. */
export function checkVagueVerbs(doc: FrameworkDocument, ruleOptions?: RuleOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const list = vagueList(ruleOptions);
  for (const s of collectStatements(doc)) {
    const separator = s.text.indexOf(SEPARATOR);
    if (separator < 0) continue;
    const bodyStart = separator + SEPARATOR.length;
    // The opening words only: a vague verb later in the body ("… so that staff understand") is not the action.
    const tokens = tokenize(s.text.slice(bodyStart, bodyStart + 80));
    let first = 0;
    if (tokens.length > 1 && isAdverb(tokens[0].word)) first = 1;
    const match = list.find((v) => v.words.every((set, k) => first + k < tokens.length && set.has(tokens[first + k].word)));
    if (!match) continue;
    const start = bodyStart + tokens[first].start;
    const end = bodyStart + tokens[first + match.words.length - 1].end;
    const written = s.text.slice(start, end);
    const opening = tokens[first].word;
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
