/**
 * Invariants of the edits the extension offers: every quick fix of every finding, the code actions the
 * editor asks for, and fix all. Each must stay inside the document, leave it parsing, and keep every
 * statement it does not target, word for word.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import { fixesFor } from '../../languageService/features/codeActions';
import { collectStatements, type FrameworkDocument } from '../../languageService/model';
import { checkRange, service } from './service';

/** Syntax errors (the text does not parse as JSON / its front matter as YAML). */
const syntaxErrors = (doc: FrameworkDocument): number =>
  doc.syntaxDiagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).length;

/** How many findings' fixes one case applies and re-reads. */
const MAX_FIXES_APPLIED = 8;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start <= b.end && b.start <= a.end;

/** Checks quick fixes, the editor's code-action requests and fix all on `doc`. */
export function checkEdits(doc: FrameworkDocument, diagnostics: Diagnostic[], out: string[]): void {
  const textDocument = doc.textDocument;
  const statements = collectStatements(doc);
  const errors = syntaxErrors(doc);
  const spanOf = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => ({
    start: textDocument.offsetAt(r.start),
    end: textDocument.offsetAt(r.end),
  });
  const checkResult = (what: string, edits: TextEdit[], targets: { start: number; end: number }[]) => {
    for (const e of edits) checkRange(textDocument, e.range, what, out);
    if (out.length) return;
    const next = service.parse(TextDocument.create(doc.uri, textDocument.languageId, 2, TextDocument.applyEdits(textDocument, edits)));
    const after = collectStatements(next);
    if (after.length < statements.length) out.push(`${what}: drops a statement (${statements.length} → ${after.length})`);
    if (syntaxErrors(next) > errors) out.push(`${what}: adds a syntax error (${next.syntaxDiagnostics[0]?.message})`);
    // Every statement no edit (or targeted finding) touches is still there, word for word.
    const remaining = new Map<string, number>();
    for (const s of after) remaining.set(s.text, (remaining.get(s.text) ?? 0) + 1);
    const touched = [...edits.map((e) => spanOf(e.range)), ...targets];
    for (const s of statements) {
      const span = { start: s.node.offset, end: s.node.offset + s.node.length };
      if (touched.some((t) => overlaps(t, span))) continue;
      const left = remaining.get(s.text) ?? 0;
      if (left > 0) remaining.set(s.text, left - 1);
      else out.push(`${what}: changes or drops the statement it did not target: ${JSON.stringify(s.text.slice(0, 80))}`);
    }
  };

  // Every finding's fixes are computed; a spread sample of them is applied and re-read (each costs a parse).
  const fixes = diagnostics.map((d) => ({ d, fixes: fixesFor(doc, d) })).filter((f) => f.fixes.length);
  const step = Math.max(1, Math.ceil(fixes.length / MAX_FIXES_APPLIED));
  for (let i = 0; i < fixes.length; i += step) {
    const d = fixes[i].d;
    for (const fix of fixes[i].fixes) {
      const edits = fix.edits.map((e) => ({
        range: { start: textDocument.positionAt(e.start), end: textDocument.positionAt(e.end) },
        newText: e.newText,
      }));
      checkResult(`quick fix "${fix.title}" of ${d.code}`, edits, []);
    }
  }
  // What the editor asks for on save (source.fixAll): its edits are fix all's. Fix all targets the findings
  // that have a safe fix; the statements those lie in may change.
  const actions = service.provideCodeActions(doc, { diagnostics, only: ['source.fixAll'] });
  for (const action of actions) {
    for (const uri of Object.keys(action.edit?.changes ?? {}))
      if (uri !== doc.uri) out.push(`code action "${action.title}" edits another file: ${uri}`);
  }
  const targets = diagnostics.filter((d) => fixesFor(doc, d).some((f) => f.preferred)).map((d) => spanOf(d.range));
  checkResult('fix all', actions[0]?.edit?.changes?.[doc.uri] ?? [], targets);
}
