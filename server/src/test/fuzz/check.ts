/** The invariants every document must keep, whatever its text: no feature throws, every range lies inside the document. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { createLanguageService } from '../../languageService';

const service = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'] }));

/** Whether a position names a real place in the document (a line that exists, a column within it). */
export function isInside(doc: TextDocument, p: Position): boolean {
  if (p.line < 0 || p.line >= doc.lineCount || p.character < 0) return false;
  const lineText = doc.getText({ start: { line: p.line, character: 0 }, end: { line: p.line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
  return p.character <= lineText.length;
}

function checkRange(doc: TextDocument, r: Range, what: string, out: string[]): void {
  if (!isInside(doc, r.start) || !isInside(doc, r.end)) out.push(`${what}: range ${JSON.stringify(r)} lies outside the document`);
  else if (doc.offsetAt(r.start) > doc.offsetAt(r.end)) out.push(`${what}: range ${JSON.stringify(r)} ends before it starts`);
}

/** Runs every feature on `text` and returns the invariants it broke (empty when all hold). */
export function checkInvariants(text: string, uri: string): string[] {
  const out: string[] = [];
  const languageId = uri.endsWith('.md') ? 'markdown' : 'json';
  const textDocument = TextDocument.create(uri, languageId, 1, text);
  try {
    const doc = service.parse(textDocument);
    for (const d of service.computeDiagnostics(doc)) {
      checkRange(textDocument, d.range, `diagnostic ${d.code}`, out);
      if (!d.message || typeof d.code !== 'string') out.push(`diagnostic without code or message: ${JSON.stringify(d)}`);
    }
  } catch (error) {
    out.push(`threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  return out;
}
