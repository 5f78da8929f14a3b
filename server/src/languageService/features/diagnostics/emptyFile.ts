/** An empty framework file: nothing to check yet, so one gentle notice (with a quick fix that writes a skeleton). */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { makeDiagnostic } from '../../diagnostic';
import type { FrameworkDocument } from '../../model';

export const EMPTY_FILE_CODE = 'empty-file';

/** Whether the document holds nothing but white space (a byte order mark counts as white space). */
export function isEmptyDocument(doc: FrameworkDocument): boolean {
  return doc.textDocument.getText().trim() === '';
}

/** The notice of an empty framework file, over its (blank) text. */
export function emptyFileNotice(doc: FrameworkDocument): Diagnostic {
  return makeDiagnostic(
    doc.textDocument,
    0,
    doc.textDocument.getText().length,
    EMPTY_FILE_CODE,
    'This framework file is empty: a framework needs schemaVersion, exportedAt, occupation, framework (with its four levels), sources and attribution',
    DiagnosticSeverity.Information,
  );
}
