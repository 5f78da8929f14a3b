/**
 * Text documents for files read from disk (the CLI, the workspace index): vscode-languageserver-textdocument's, the
 * reference, or the read-only document of fileDocument.ts, which answers the same and finds line starts faster.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { accelerate } from '../accel';
import { FileDocument, lineStarts } from './fileDocument';

export { lineStarts } from './fileDocument';

/** A document of a file's text that never changes. */
export function createFileDocument(uri: string, languageId: string, version: number, text: string): TextDocument {
  return accelerate('fileDocument', { uri, languageId, version, text }) ?? TextDocument.create(uri, languageId, version, text);
}

/** The line starts of a document's text: a file document's own list (found once for the parse and the positions). */
export function lineStartsOf(doc: TextDocument): number[] {
  return doc instanceof FileDocument ? doc.lineStarts() : lineStarts(doc.getText());
}
