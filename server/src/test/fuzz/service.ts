/** The language service every fuzz check runs, and the range checks they share: a module of their own, so that check.ts and the checks it calls do not import one another. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { createLanguageService } from '../../languageService';

export const service = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'] }));

/** Whether a position names a real place in the document (a line that exists, a column within it). */
export function isInside(doc: TextDocument, p: Position): boolean {
  if (p.line < 0 || p.line >= doc.lineCount || p.character < 0) return false;
  const lineText = doc
    .getText({ start: { line: p.line, character: 0 }, end: { line: p.line + 1, character: 0 } })
    .replace(/\r?\n$|\r$/, '');
  return p.character <= lineText.length;
}

/** Records a problem when `r` is not a well-formed range inside the document. */
export function checkRange(doc: TextDocument, r: Range, what: string, out: string[]): void {
  if (!isInside(doc, r.start) || !isInside(doc, r.end)) out.push(`${what}: range ${JSON.stringify(r)} lies outside the document`);
  else if (doc.offsetAt(r.start) > doc.offsetAt(r.end)) out.push(`${what}: range ${JSON.stringify(r)} ends before it starts`);
}
