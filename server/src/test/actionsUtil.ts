/** Test helpers for code actions: the quick fixes of a finding, applied, and "fix all", applied. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, type LanguageServiceSettings } from '../languageService';
import { collectStatements } from '../languageService/model';

export const URI = 'file:///work/test.framework.json';

export function service(settings: LanguageServiceSettings = {}) {
  return createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'], ...settings }));
}

export function analyze(text: string, uri = URI) {
  const s = service();
  const doc = s.parse(TextDocument.create(uri, 'json', 1, text));
  return { service: s, doc, diagnostics: s.computeDiagnostics(doc) };
}

export function applyTextEdits(text: string, edits: readonly TextEdit[], uri = URI): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'json', 1, text), [...edits]);
}

export interface AppliedFix {
  title: string;
  preferred: boolean;
  /** The document's text after the fix. */
  result: string;
  edits: TextEdit[];
}

/** The quick fixes of the `occurrence`-th finding with `code`, each applied to the text. */
export function quickFixes(text: string, code: string, occurrence = 1, uri = URI): AppliedFix[] {
  const { service: s, doc, diagnostics } = analyze(text, uri);
  const d = diagnostics.filter((x) => x.code === code)[occurrence - 1];
  if (!d) throw new Error(`no ${code} finding #${occurrence}; findings: ${diagnostics.map((x) => x.code).join(', ')}`);
  const actions = s.provideCodeActions(doc, { diagnostics: [d], only: ['quickfix'] });
  return actions
    .filter((a) => a.title !== 'Fix all auto-fixable problems')
    .map((a: CodeAction) => {
      const edits = a.edit?.changes?.[uri] ?? [];
      return { title: a.title, preferred: !!a.isPreferred, result: applyTextEdits(text, edits, uri), edits };
    });
}

/** The text after "Fix all auto-fixable problems". */
export function fixAllText(text: string, uri = URI): string {
  const { service: s, doc } = analyze(text, uri);
  return applyTextEdits(text, s.computeFixAllEdits(doc), uri);
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

export function codesOf(text: string): string[] {
  return codes(analyze(text).diagnostics);
}

export function statementCount(text: string): number {
  return collectStatements(analyze(text).doc).length;
}
