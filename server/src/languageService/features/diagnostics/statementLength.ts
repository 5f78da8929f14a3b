/** `statement-too-long`: a statement of more words than the limit (40 by default; NSX's longest has 34). */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { FrameworkDocument } from '../../model';
import { statementFinding } from './statements';
import { optionsOf, wholeNumber, type RuleOptions } from './ruleOptions';
import type { StatementRule } from './statementRule';

const CODE = 'statement-too-long';

/** The default most words in a statement. */
export const DEFAULT_MAX_WORDS = 40;

/**
 * The rule: a finding on the whole of every statement longer than `maxWords` words, counted as a reader counts them
 * (runs of non-space that hold a letter or digit: "decision-making" is one word, a dash none).
 */
export function statementLength(doc: FrameworkDocument, ruleOptions?: RuleOptions): StatementRule {
  const out: Diagnostic[] = [];
  const max = wholeNumber(optionsOf(ruleOptions, CODE).maxWords, 1) ?? DEFAULT_MAX_WORDS;
  return {
    read(s, words) {
      const count = words.readerWords;
      if (count <= max) return;
      out.push(
        statementFinding(
          doc,
          s,
          0,
          s.text.length,
          CODE,
          `This statement has ${count} words, more than ${max}: say it in fewer words or split it`,
          DiagnosticSeverity.Information,
          { words: count, maxWords: max },
        ),
      );
    },
    findings: () => out,
  };
}
