/** The invariants every document must keep, whatever its text: no feature throws, every range lies inside the document. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService } from '../../languageService';
import { fixesFor } from '../../languageService/features/codeActions';
import { collectCitationUses, collectStatements, type FrameworkDocument } from '../../languageService/model';

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
    const diagnostics = service.computeDiagnostics(doc);
    for (const d of diagnostics) {
      checkRange(textDocument, d.range, `diagnostic ${d.code}`, out);
      if (!d.message || typeof d.code !== 'string') out.push(`diagnostic without code or message: ${JSON.stringify(d)}`);
    }
    if (doc.isFramework) checkActionsAndNavigation(doc, diagnostics, out);
  } catch (error) {
    out.push(`threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  return out;
}

/** Quick fixes and fix all keep every statement and add no syntax error; navigation and symbols stay in range. */
function checkActionsAndNavigation(doc: FrameworkDocument, diagnostics: Diagnostic[], out: string[]): void {
  const textDocument = doc.textDocument;
  const statements = collectStatements(doc).length;
  const syntax = diagnostics.filter((d) => d.code === 'json-syntax').length;
  const checkResult = (what: string, edits: TextEdit[]) => {
    for (const e of edits) checkRange(textDocument, e.range, what, out);
    const next = service.parse(TextDocument.create(doc.uri, textDocument.languageId, 2, TextDocument.applyEdits(textDocument, edits)));
    if (collectStatements(next).length < statements) out.push(`${what}: drops a statement`);
    if (service.computeDiagnostics(next).filter((d) => d.code === 'json-syntax').length > syntax) out.push(`${what}: adds a syntax error`);
  };
  for (const d of diagnostics) {
    for (const fix of fixesFor(doc, d)) {
      const edits = fix.edits.map((e) => ({ range: { start: textDocument.positionAt(e.start), end: textDocument.positionAt(e.end) }, newText: e.newText }));
      checkResult(`quick fix "${fix.title}" of ${d.code}`, edits);
    }
  }
  checkResult('fix all', service.computeFixAllEdits(doc));
  const symbols = [...service.provideDocumentSymbols(doc)];
  for (let s = symbols.pop(); s; s = symbols.pop()) {
    checkRange(textDocument, s.range, `symbol ${s.name}`, out);
    if (!s.name) out.push('a symbol without a name');
    symbols.push(...(s.children ?? []));
  }
  for (const use of collectCitationUses(doc)) {
    const position = textDocument.positionAt(use.node.offset + 1);
    for (const l of [...service.provideDefinition(doc, position), ...service.findReferences(doc, position, true)]) {
      if (l.uri === doc.uri) checkRange(textDocument, l.range, 'a citation location', out);
    }
    service.prepareRename(doc, position);
  }
}
