/**
 * `statement-vague-verb`: a statement's body that opens (after an optional adverb) with a verb naming no observable
 * action ("understand", "be aware of"). The finding carries observable verbs to put instead, in the same form.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { DEFAULT_INSTEAD, VAGUE_VERBS } from '../../catalog/vagueVerbs';
import type { FrameworkDocument } from '../../model';
import { statementFinding } from './statements';
import { thirdPerson, wordHash, type StatementWords } from '../../util/words';
import { CompiledByOptions, optionsOf, stringList, type RuleOptions } from './ruleOptions';
import type { StatementRule } from './statementRule';

const CODE = 'statement-vague-verb';

/** Words read from the body's start: an adverb and the longest vague phrase. */
export const OPENING_WORDS = 6;

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

/** The vague verbs of one configuration, and the words they can open with (as strings and as hashes). */
interface VagueVerbs {
  /** Longest first, so "be aware of" is read whole and an added "be" never hides it. */
  list: CompiledVague[];
  openers: ReadonlySet<string>;
  openerHashes: ReadonlySet<number>;
}

function compileList(extra: readonly string[]): VagueVerbs {
  const list = [...VAGUE_VERBS.map((v) => compile(v.text, v.instead)), ...extra.map((v) => compile(v, DEFAULT_INSTEAD))]
    .filter((v): v is CompiledVague => !!v)
    .sort((a, b) => b.words.length - a.words.length);
  const openers = new Set(list.flatMap((v) => [...v.words[0]]));
  return { list, openers, openerHashes: new Set([...openers].map((w) => wordHash(w))) };
}

const compiled = new CompiledByOptions<VagueVerbs>();

/** The built-in vague verbs with the configured extra ones (compiled once per distinct list of extras). */
function vagueVerbsFor(ruleOptions: RuleOptions | undefined): VagueVerbs {
  const extra = stringList(optionsOf(ruleOptions, CODE).verbs) ?? [];
  return compiled.get(extra, () => compileList(extra));
}

/** The rule: a finding for every statement whose body opens with a vague verb. */
export function vagueVerbs(doc: FrameworkDocument, ruleOptions?: RuleOptions): StatementRule {
  const out: Diagnostic[] = [];
  const { list, openers, openerHashes } = vagueVerbsFor(ruleOptions);
  // Most bodies open with a word no vague verb starts with: one look-up of its hash passes them over.
  const mayOpen = (words: StatementWords, i: number): boolean =>
    words.ascii[i] === 1 ? openerHashes.has(words.hashes[i]) : openers.has(words.word(i));
  return {
    read(s, words, body) {
      if (body === undefined) return;
      const opening = words.indexFrom(body);
      if (opening === words.count || !(mayOpen(words, opening) || isAdverbAt(words, opening))) return;
      // The opening words only: a vague verb later in the body ("… so that staff understand") is not the action.
      const first = opening + 1 < words.count && isAdverbAt(words, opening) ? opening + 1 : opening;
      if (!mayOpen(words, first)) return;
      const opened = Math.min(words.count, opening + OPENING_WORDS);
      // Each opening word made a string once, when a vague verb first asks for it.
      const said: string[] = [];
      const wordAt = (k: number) => (said[k] ??= words.word(first + k));
      const match = list.find((v) => v.words.every((set, k) => first + k < opened && set.has(wordAt(k))));
      if (!match) return;
      const start = words.starts[first];
      const end = words.ends[first + match.words.length - 1];
      const written = s.text.slice(start, end);
      const verb = wordAt(0);
      const third = verb !== match.base && verb !== 'are';
      const replacements = match.instead.map((instead) => matchCase(written, third ? thirdPersonPhrase(instead) : instead));
      out.push(
        statementFinding(
          doc,
          s,
          start,
          end,
          CODE,
          `"${written}" names no observable action: open with what a person can be seen doing, such as ${quoteList(replacements)}`,
          DiagnosticSeverity.Warning,
          { index: start, length: end - start, replacements },
        ),
      );
    },
    findings: () => out,
  };
}

/**
 * Whether word `i` is an adverb before the verb: "clearly", "fully" (more than four letters ending in -ly). Words
 * such as "only" or "early" are rarely openers; "apply" ends in -ly too.
 */
function isAdverbAt(words: StatementWords, i: number): boolean {
  const end = words.ends[i];
  if (end - words.starts[i] <= 4) return false;
  const { text } = words;
  // ASCII letters only are compared: `| 0x20` lower-cases them.
  return (
    (text.charCodeAt(end - 1) | 0x20) === 0x79 && (text.charCodeAt(end - 2) | 0x20) === 0x6c && (text.charCodeAt(end - 3) | 0x20) !== 0x70
  );
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
