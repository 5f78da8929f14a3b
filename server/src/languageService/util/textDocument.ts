/**
 * Text documents for files read from disk (the CLI, the workspace index), and the line index the Markdown parser
 * reads. The documents are vscode-languageserver-textdocument's, as the editor's are (a document of our own with a
 * faster line search saved under 10 % of the 1,000-file benchmark, bench/README.md, and was folded back).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * A document of a file's text that never changes: the library's, given its line index by {@link lineStarts}. The
 * library makes that index on the first position asked, reading the text a character at a time: for a 17 KB file,
 * 50–100 µs against 10 µs, and the CLI asks a position of nearly every file it checks (bench/README.md, ninth round).
 * The index is the library's own field, which it reads and keeps up to date on edits; the offsets are the same
 * (textDocument.test.ts compares them).
 */
export function createFileDocument(uri: string, languageId: string, version: number, text: string): TextDocument {
  const document = TextDocument.create(uri, languageId, version, text);
  (document as unknown as LibraryDocument)._lineOffsets = lineStarts(text);
  return document;
}

/** vscode-languageserver-textdocument's document: its line index, made when first needed if undefined. */
interface LibraryDocument {
  _lineOffsets: number[] | undefined;
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
