/**
 * Text documents for files read from disk (the CLI, the workspace index), and the line index the Markdown parser
 * reads. The documents are vscode-languageserver-textdocument's, as the editor's are (a document of our own with a
 * faster line search saved under 10 % of the 1,000-file benchmark, bench/README.md, and was folded back).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';

/** A document of a file's text that never changes. */
export function createFileDocument(uri: string, languageId: string, version: number, text: string): TextDocument {
  return TextDocument.create(uri, languageId, version, text);
}

const isLineBreak = (c: number) => c === 0x0d || c === 0x0a;

/**
 * The offset of every line's start: 0, then after each `\n`, `\r\n` or lone `\r`, as the library's documents,
 * editors and markdown-it count lines. The list is shared: callers read it and never change it.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isLineBreak(c)) continue;
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    starts.push(i + 1);
  }
  return starts;
}
