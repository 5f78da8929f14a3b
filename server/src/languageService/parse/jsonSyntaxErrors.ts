/** jsonc-parser's parse errors → diagnostics, one per problem, for every JSON the server reads (framework files, `.nsxframework.json`). */
import { ParseErrorCode, type ParseError } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { makeDiagnostic } from '../diagnostic';

const SYNTAX_MESSAGES: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'Unexpected character: JSON expects a value, a property name or punctuation here',
  [ParseErrorCode.InvalidNumberFormat]: 'This number is not written the way JSON allows',
  [ParseErrorCode.PropertyNameExpected]: 'Expected a property name in double quotes',
  [ParseErrorCode.ValueExpected]: 'Expected a value (text in double quotes, a number, true, false, null, an object or a list)',
  [ParseErrorCode.ColonExpected]: 'Expected a colon ":" after the property name',
  [ParseErrorCode.CommaExpected]: 'Expected a comma "," between items',
  [ParseErrorCode.CloseBraceExpected]: 'Expected "}" to close the object',
  [ParseErrorCode.CloseBracketExpected]: 'Expected "]" to close the list',
  [ParseErrorCode.EndOfFileExpected]: 'Unexpected text after the end of the JSON value',
  [ParseErrorCode.UnexpectedEndOfComment]: 'This comment is never closed with */',
  [ParseErrorCode.UnexpectedEndOfString]: 'This text is never closed with a double quote',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'This number ends too early',
  [ParseErrorCode.InvalidUnicode]: 'Invalid \\u escape: it needs four hexadecimal digits',
  [ParseErrorCode.InvalidEscapeCharacter]: 'Invalid escape in text: use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX',
  [ParseErrorCode.InvalidCharacter]: 'Control characters (such as a tab or line break) must be escaped inside JSON text',
};

const CLOSERS: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.CloseBraceExpected]: '}',
  [ParseErrorCode.CloseBracketExpected]: ']',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * One diagnostic per syntax problem. jsonc-parser reports a missing closer once per value still open, all at the
 * same place (the end of a truncated file gets one per nesting level): those become one finding that names every
 * closer, innermost first, so that one problem shows as one row. An error repeated at the same place is kept once.
 * `code` is the reader's (`json-syntax`, `config-syntax`), so one broken file reads the same whichever reader it has.
 * `dropped` (errors past the cap) is told on the last finding.
 */
export function syntaxErrorDiagnostics(doc: TextDocument, errors: readonly ParseError[], code: string, dropped = 0): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (let i = 0; i < errors.length;) {
    const e = errors[i];
    let j = i + 1;
    let message: string;
    if (CLOSERS[e.error]) {
      let closers = CLOSERS[e.error]!;
      for (; j < errors.length && CLOSERS[errors[j].error] && errors[j].offset === e.offset && errors[j].length === e.length; j++) {
        closers += CLOSERS[errors[j].error];
      }
      const objects = closers.split('}').length - 1;
      const lists = closers.length - objects;
      message =
        closers.length === 1
          ? SYNTAX_MESSAGES[e.error]!
          : `Expected "${closers}" to close ${[objects && plural(objects, 'object'), lists && plural(lists, 'list')].filter(Boolean).join(' and ')}`;
    } else {
      while (j < errors.length && errors[j].error === e.error && errors[j].offset === e.offset && errors[j].length === e.length) j++;
      message = SYNTAX_MESSAGES[e.error] ?? 'JSON syntax error';
    }
    out.push(makeDiagnostic(doc, e.offset, e.offset + e.length, code, message, DiagnosticSeverity.Error));
    i = j;
  }
  const last = out[out.length - 1];
  if (last && dropped) last.message += ` (${dropped.toLocaleString('en-US')} more syntax errors after this one are not shown)`;
  return out;
}
