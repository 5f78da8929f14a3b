/**
 * The invariants every document must keep, whatever its text: no feature throws, every range lies inside
 * the document, edits keep what they do not target, valid documents convert losslessly, the preview stays inert.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position } from 'vscode-languageserver-types';
import { collectCitationUses, type FrameworkDocument } from '../../languageService/model';
import { rng } from './mutate';
import { checkEdits } from './checkEdits';
import { checkConversion, checkPreview } from './checkOutputs';
import { checkRange, service } from './service';

export { checkRange, isInside, service } from './service';

/** The findings that repeat an earlier one of the list: the same code, range and message (one problem, one row). */
export function repeatedFindings(diagnostics: readonly Diagnostic[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const d of diagnostics) {
    const { start, end } = d.range;
    const where = `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
    const message = typeof d.message === 'string' ? d.message : String(d.message);
    const key = `${String(d.code)} at ${where} twice: ${message}`;
    if (seen.has(key)) out.push(key);
    seen.add(key);
  }
  return out;
}

/** A small seed from the text, so the positions probed are the same each time a case (or its regression) is replayed. */
function textSeed(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1 + (text.length >> 12)) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h ^ text.length) >>> 0;
}

/** Positions to probe: the start, the end, a few random places (some between surrogate halves), one out of range. */
function probePositions(doc: TextDocument, count = 4): Position[] {
  const text = doc.getText();
  const r = rng(textSeed(text));
  const offsets = [0, text.length];
  for (let i = 0; i < count; i++) offsets.push(Math.floor(r() * (text.length + 1)));
  const positions = offsets.map((o) => doc.positionAt(o));
  positions.push({ line: doc.lineCount + 3, character: 7 }, { line: 0, character: 100_000 });
  return positions;
}

/** Runs every feature on `text` and returns the invariants it broke (empty when all hold). */
export function checkInvariants(text: string, uri: string): string[] {
  const out: string[] = [];
  const languageId = uri.endsWith('.md') ? 'markdown' : 'json';
  const textDocument = TextDocument.create(uri, languageId, 1, text);
  const guard = (what: string, run: () => void) => {
    try {
      run();
    } catch (error) {
      out.push(`${what} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  };
  guard('the checks', () => {
    const doc = service.parse(textDocument);
    const diagnostics = service.computeDiagnostics(doc);
    for (const d of diagnostics) {
      checkRange(textDocument, d.range, `diagnostic ${d.code}`, out);
      if (!d.message || typeof d.code !== 'string') out.push(`diagnostic without code or message: ${JSON.stringify(d)}`);
    }
    for (const repeated of repeatedFindings(diagnostics)) out.push(`a finding listed twice: ${repeated}`);
    if (!doc.isFramework) return;
    guard('hover or completion', () => checkPositionFeatures(doc, out));
    guard('symbols or navigation', () => checkNavigation(doc, out));
    guard('code actions', () => checkEdits(doc, diagnostics, out));
    guard('conversion', () => checkConversion(doc, diagnostics, out));
    guard('the preview', () => checkPreview(doc, out));
  });
  return out;
}

/** Hover and completion at the probe positions: their ranges and edits stay in the document. */
function checkPositionFeatures(doc: FrameworkDocument, out: string[]): void {
  const textDocument = doc.textDocument;
  for (const position of probePositions(textDocument)) {
    const hover = service.doHover(doc, position);
    if (hover?.range) checkRange(textDocument, hover.range, 'hover', out);
    const list = service.doComplete(doc, position);
    for (const item of list.items) {
      if (!item.label) out.push('a completion item without a label');
      const edit = item.textEdit;
      if (edit && 'range' in edit) checkRange(textDocument, edit.range, `completion "${item.label}"`, out);
      if (edit && 'insert' in edit) {
        checkRange(textDocument, edit.insert, `completion "${item.label}" (insert)`, out);
        checkRange(textDocument, edit.replace, `completion "${item.label}" (replace)`, out);
      }
      for (const e of item.additionalTextEdits ?? [])
        checkRange(textDocument, e.range, `completion "${item.label}" (additional edit)`, out);
    }
  }
}

/** At most `n` of `items`, evenly spread, the first and the last among them. */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1))]);
}

/**
 * Document symbols, and definition, references and rename at citation uses (every one, or 40 spread over a
 * file with thousands: each answers with every use, so checking all of them is quadratic) and at the probe positions.
 */
function checkNavigation(doc: FrameworkDocument, out: string[]): void {
  const textDocument = doc.textDocument;
  const symbols = [...service.provideDocumentSymbols(doc)];
  for (let s = symbols.pop(); s; s = symbols.pop()) {
    checkRange(textDocument, s.range, `symbol ${s.name}`, out);
    checkRange(textDocument, s.selectionRange, `symbol ${s.name} (selection)`, out);
    if (!s.name) out.push('a symbol without a name');
    symbols.push(...(s.children ?? []));
  }
  const positions = [
    ...spread(collectCitationUses(doc), 40).map((use) => textDocument.positionAt(use.node.offset + 1)),
    ...probePositions(textDocument, 2),
  ];
  for (const position of positions) {
    for (const l of [...service.provideDefinition(doc, position), ...service.findReferences(doc, position, true)]) {
      if (l.uri === doc.uri) checkRange(textDocument, l.range, 'a citation location', out);
    }
    const prepared = service.prepareRename(doc, position);
    if (!prepared || 'error' in prepared) continue;
    checkRange(textDocument, prepared.range, 'prepare rename', out);
    const renamed = service.rename(doc, position, 'renamed-key');
    const edits = renamed && 'edit' in renamed ? (renamed.edit.changes?.[doc.uri] ?? []) : [];
    for (const e of edits) checkRange(textDocument, e.range, 'rename', out);
  }
}
