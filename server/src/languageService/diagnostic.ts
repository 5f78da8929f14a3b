/** Building diagnostics: every finding carries a stable code, our source name and data for its fixes. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity } from 'vscode-languageserver-types';

export const DIAGNOSTIC_SOURCE = 'nsx-framework';

/** Data every diagnostic of ours carries; quick fixes read it instead of re-deriving the problem. */
export interface FindingData {
  [key: string]: unknown;
}

export function makeDiagnostic(
  doc: TextDocument,
  start: number,
  end: number,
  code: string,
  message: string,
  severity: DiagnosticSeverity,
  data?: FindingData,
  relatedInformation?: DiagnosticRelatedInformation[],
): Diagnostic {
  const diagnostic: Diagnostic = {
    range: { start: doc.positionAt(start), end: doc.positionAt(Math.max(start, end)) },
    severity,
    code,
    source: DIAGNOSTIC_SOURCE,
    message,
  };
  if (data) diagnostic.data = data;
  if (relatedInformation?.length) diagnostic.relatedInformation = relatedInformation;
  return diagnostic;
}
