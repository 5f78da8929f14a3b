/**
 * Format Document / Format Selection for framework JSON (the files have a language of their own, so VS Code's JSON
 * formatter no longer serves them): jsonc-parser's formatter, which changes white space only.
 */
import { format, type FormattingOptions as JsonFormattingOptions } from 'jsonc-parser';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver-types';
import type { FrameworkDocument } from '../../model';

/**
 * The edits that format the JSON document (or only `range`), indented as the editor says (`tabSize`,
 * `insertSpaces`), with its own line ends. None for Markdown (VS Code's Markdown support formats that).
 */
export function formatJson(doc: FrameworkDocument, options: FormattingOptions, range?: Range): TextEdit[] {
  if (doc.format !== 'json') return [];
  const textDocument = doc.textDocument;
  const text = textDocument.getText();
  const jsonOptions: JsonFormattingOptions = {
    tabSize: options.tabSize,
    insertSpaces: options.insertSpaces,
    insertFinalNewline: options.insertFinalNewline ?? false,
    eol: /\r\n/.test(text.slice(0, 10_000)) ? '\r\n' : '\n',
  };
  const from = range ? textDocument.offsetAt(range.start) : undefined;
  const to = range ? textDocument.offsetAt(range.end) : undefined;
  const edits = format(text, from === undefined || to === undefined ? undefined : { offset: from, length: to - from }, jsonOptions);
  return edits.map((e) => ({
    range: { start: textDocument.positionAt(e.offset), end: textDocument.positionAt(e.offset + e.length) },
    newText: e.content,
  }));
}
