/** Code actions: a quick fix per fixable finding, and the `source.fixAll` action. */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { FrameworkDocument } from '../../model';
import { fixesFor } from './fixes';

export { computeFixAllEdits, fixAll, safeEdits, type CheckedVersion, type CheckVersion, type FixAllResult } from './fixAll';
export { fixesFor, type Fix } from './fixes';

export const FIX_ALL_TITLE = 'Fix all auto-fixable problems';

export interface CodeActionRequest {
  /** The findings VS Code sends for the range (those under the cursor). */
  diagnostics: readonly Diagnostic[];
  /** Requested kinds; undefined for the light bulb. */
  only?: readonly string[];
}

/**
 * What the code actions need of the whole document: the language service passes its analysis of the document's
 * version, which computes each part on first use and keeps it for the next request.
 */
export interface WholeDocumentFixes {
  readonly diagnostics: readonly Diagnostic[];
  /** The edits of "Fix all auto-fixable problems". */
  readonly fixAllEdits: readonly TextEdit[];
  /** How many findings have a single safe fix. */
  readonly safeFixCount: number;
}

const wants = (only: readonly string[] | undefined, kind: string): boolean =>
  !only || only.some((k) => kind === k || kind.startsWith(k + '.'));

/**
 * The quick fixes of the findings in `request.diagnostics`, and "Fix all auto-fixable problems" computed
 * from all findings: as `source.fixAll` when source actions are asked for (the Source Action menu, on
 * save), and as a quick fix beside a finding's own safe fix when the file has more than one (editors
 * leave source actions out of the light bulb).
 */
export function provideCodeActions(doc: FrameworkDocument, request: CodeActionRequest, whole: WholeDocumentFixes): CodeAction[] {
  const actions: CodeAction[] = [];
  const edit = (edits: TextEdit[]) => ({ changes: { [doc.uri]: edits } });
  const toTextEdit = (e: { start: number; end: number; newText: string }): TextEdit => ({
    range: { start: doc.textDocument.positionAt(e.start), end: doc.textDocument.positionAt(e.end) },
    newText: e.newText,
  });
  let safeHere = false;
  const quickFixes = wants(request.only, CodeActionKind.QuickFix);
  if (quickFixes) {
    for (const d of request.diagnostics) {
      for (const fix of fixesFor(doc, d)) {
        safeHere ||= fix.preferred;
        const action: CodeAction = {
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: edit(fix.edits.map(toTextEdit)),
        };
        if (fix.preferred) action.isPreferred = true;
        actions.push(action);
      }
    }
  }
  const asSource = !!request.only && wants(request.only, CodeActionKind.SourceFixAll);
  if (asSource || (quickFixes && safeHere)) {
    if (asSource || whole.safeFixCount > 1) {
      const edits = [...whole.fixAllEdits];
      const kind = asSource ? CodeActionKind.SourceFixAll : CodeActionKind.QuickFix;
      if (edits.length) actions.push({ title: FIX_ALL_TITLE, kind, diagnostics: [...whole.diagnostics], edit: edit(edits) });
    }
  }
  return actions;
}
