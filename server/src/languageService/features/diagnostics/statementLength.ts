/** `statement-too-long`: a statement of more words than the limit (40 by default; NSX's longest has 34). */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { makeDiagnostic } from '../../diagnostic';
import { collectStatements, pathOf, rangeInString, type FrameworkDocument } from '../../model';
import { optionsOf, wholeNumber, type RuleOptions } from './ruleOptions';
import { isWhitespaceCode } from '../../util/whitespace';

const CODE = 'statement-too-long';

/** The default most words in a statement. */
export const DEFAULT_MAX_WORDS = 40;

/** The finding of every statement longer than `maxWords` words, on the whole statement. */
export function checkStatementLength(doc: FrameworkDocument, ruleOptions?: RuleOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const max = wholeNumber(optionsOf(ruleOptions, CODE).maxWords, 1) ?? DEFAULT_MAX_WORDS;
  for (const s of collectStatements(doc)) {
    // Cheap bounds first: a statement has at most one word more than it has white space. Plain spaces are counted
    // with the engine's own search; other white space is rare, and a statement that has any is counted in full.
    if (s.text.length < 2 * max || (spacesUpTo(s.text, max) < max && !OTHER_SPACE.test(s.text))) continue;
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

/** White space other than the plain space, as `isWhitespaceCode` knows it. */
const OTHER_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** The plain spaces of `text`, counted up to `max`. */
function spacesUpTo(text: string, max: number): number {
  let n = 0;
  for (let i = text.indexOf(' '); i >= 0 && n < max; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

/** Words as a reader counts them: runs of non-space holding a letter or digit ("decision-making" is one; "—" none). */
export function countWords(text: string): number {
  let n = 0;
  let inRun = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWhitespaceCode(c)) {
      inRun = false;
      continue;
    }
    if (!inRun) {
      inRun = true;
      counted = false;
    }
    if (!counted && isWordChar(c, text, i)) {
      n++;
      counted = true;
    }
  }
  return n;
}

function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return /[\p{L}\p{N}]/u.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}
