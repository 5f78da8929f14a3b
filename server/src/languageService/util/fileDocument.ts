/**
 * A read-only text document for a file read from disk (the CLI, the workspace index): the `TextDocument`
 * interface of vscode-languageserver-textdocument, answering every question (`positionAt`, `offsetAt`, `getText`,
 * `getLineRange`, `getEOLCharacters`, `lineCount`) exactly as the library's document does (the shared harness,
 * server/src/test/accel/, compares them on random texts with every kind of line break).
 *
 * Why: the library finds line starts by testing every character of the file in JavaScript; here a text without CR
 * (the usual case) is searched for `\n` natively. Open documents are still the library's, which the editor's changes
 * update in place; this one never changes.
 */
import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';
import type { Accelerator } from '../accel/accelerator';

/** What a document is made of. */
export interface FileDocumentInput {
  uri: string;
  languageId: string;
  version: number;
  text: string;
}

/** The fast path beside the library's `TextDocument.create` (util/textDocument.ts calls the reference). */
export const fileDocumentAccelerator: Accelerator<FileDocumentInput, TextDocument> = {
  name: 'fileDocument',
  run: ({ uri, languageId, version, text }) => new FileDocument(uri, languageId, version, text),
};

export class FileDocument implements TextDocument {
  private lineOffsets: number[] | undefined = undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    readonly version: number,
    private readonly content: string,
  ) {}

  getText(range?: Range): string {
    if (range) return this.content.substring(this.offsetAt(range.start), this.offsetAt(range.end));
    return this.content;
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.content.length), 0);
    const lineOffsets = this.lineStarts();
    let low = 0;
    let high = lineOffsets.length;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    // low is the first line starting after the offset (there is always line 0, starting at 0).
    const line = low - 1;
    offset = this.beforeLineBreak(offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.lineStarts();
    if (position.line >= lineOffsets.length) return this.content.length;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this.content.length;
    return this.beforeLineBreak(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.lineStarts();
    if (line >= lineOffsets.length) {
      const last = lineOffsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.content.length - lineOffsets[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = lineOffsets[line];
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.content.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeLineBreak(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.lineStarts();
    if (line >= lineOffsets.length || line < 0) return '';
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.content.length;
    return this.content.substring(this.beforeLineBreak(next, lineOffsets[line]), next);
  }

  /** An offset inside a line break (or past it, at its line's end) moved back to the line's end. */
  private beforeLineBreak(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isLineBreak(this.content.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  lineStarts(): number[] {
    return (this.lineOffsets ??= lineStarts(this.content));
  }
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
