/** `statement-too-long`: a statement of more words than the limit (40 by default; NSX's longest has 34). */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { makeDiagnostic } from '../../diagnostic';
import { collectStatements, pathOf, rangeInString, type FrameworkDocument } from '../../model';
import { optionsOf, wholeNumber, type RuleOptions } from './ruleOptions';

const CODE = 'statement-too-long';

/** The default most words in a statement. */
export const DEFAULT_MAX_WORDS = 40;

/** The finding of every statement longer than `maxWords` words, on the whole statement. */
export function checkStatementLength(doc: FrameworkDocument, ruleOptions?: RuleOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const max = wholeNumber(optionsOf(ruleOptions, CODE).maxWords, 1) ?? DEFAULT_MAX_WORDS;
  for (const s of collectStatements(doc)) {
    // Cheap bound first: a statement of few characters cannot have many words.
    if (s.text.length < 2 * max) continue;
    const words = countWords(s.text);
    if (words <= max) continue;
    const r = rangeInString(doc, s.textNode, 0, s.text.length);
    out.push(
      makeDiagnostic(
        doc.textDocument,
        r.start,
        r.end,
        CODE,
        `This statement has ${words} words, more than ${max}: say it in fewer words or split it`,
        DiagnosticSeverity.Information,
        { path: pathOf(s.textNode), words, maxWords: max },
      ),
    );
  }
  return out;
}

/** Words as a reader counts them: runs of non-space holding a letter or digit ("decision-making" is one; "—" none). */
export function countWords(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/\S+/g)) if (/[\p{L}\p{N}]/u.test(m[0])) n++;
  return n;
}
