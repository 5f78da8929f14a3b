/**
 * The checks of substance: what the statements say, beside the checks of their form. Each statement's words are
 * read once ({@link StatementWords}) and every rule reads that one scan: a 5 MB framework has 20,000 statements.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { collectStatements, type FrameworkDocument } from '../../model';
import { StatementWords, TextWindow } from '../../util/words';
import { levelProgression } from './levelProgression';
import type { RuleOptions } from './ruleOptions';
import { statementLength } from './statementLength';
import { taskGrounding } from './taskGrounding';
import { OPENING_WORDS, vagueVerbs } from './vagueVerb';
import { bodyStart } from '../../statement';

/** The buffers of the scan, reused from one statement and one document to the next (the checks run one at a time). */
const words = new StatementWords();
const window = new TextWindow();

/** Findings of the rules of substance (level progression, vague verbs, long statements, task grounding). */
export function checkSubstance(doc: FrameworkDocument, ruleOptions?: RuleOptions): Diagnostic[] {
  const level = levelProgression(doc, ruleOptions);
  const vague = vagueVerbs(doc, ruleOptions);
  const length = statementLength(doc, ruleOptions);
  const tasks = taskGrounding(doc);
  window.reset(doc.text);
  try {
    for (const s of collectStatements(doc)) {
      const body = bodyStart(s.text);
      const offset = doc.verbatimOffset(s.textNode, s.text.length);
      if (s.kind !== 'durable') words.read(s.text, 0, Infinity, window, offset);
      // Durable-skill statements climb another ladder and ground no task: the rules read only their opening words
      // (a vague verb) and their length.
      else words.read(s.text, body ?? s.text.length, OPENING_WORDS, window, offset);
      // One call site per rule, not a loop over them: each is then a call V8 can inline.
      level.read(s, words, body);
      vague.read(s, words, body);
      length.read(s, words, body);
      tasks.read(s, words, body);
    }
  } finally {
    window.reset(''); // the document's text is not kept
  }
  return [...level.findings(), ...vague.findings(), ...length.findings(), ...tasks.findings()];
}
