/** "Insert a framework skeleton": the quick fix of an empty framework file (`empty-file`). */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE } from '../../diagnostic';
import type { FrameworkDocument } from '../../model';
import { EMPTY_FILE_CODE, isEmptyDocument } from '../diagnostics/emptyFile';
import { frameworkSkeleton, socOfFileName } from '../../../../../common/skeleton';

export const INSERT_SKELETON_TITLE = 'Insert a framework skeleton';

/**
 * The skeleton fix of each `empty-file` finding among `diagnostics`, while the file is still empty: the whole text
 * becomes a framework of the file's form, under the SOC code its name starts with (when it does), dated `now`.
 * Not preferred: "Fix all" (and the CLI's `--fix`) leave an empty file as it is.
 */
export function skeletonFixes(
  doc: FrameworkDocument,
  diagnostics: readonly Diagnostic[],
  only: readonly string[] | undefined,
  now: Date,
): CodeAction[] {
  if (only && !only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k + '.'))) return [];
  const ours = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === EMPTY_FILE_CODE);
  if (!ours.length || !doc.isFramework || !isEmptyDocument(doc)) return [];
  const text = doc.textDocument.getText();
  const newText = frameworkSkeleton({ form: doc.format, soc: socOfFileName(doc.uri), now });
  const range = { start: doc.textDocument.positionAt(0), end: doc.textDocument.positionAt(text.length) };
  return [
    {
      title: INSERT_SKELETON_TITLE,
      kind: CodeActionKind.QuickFix,
      diagnostics: ours,
      edit: { changes: { [doc.uri]: [{ range, newText }] } },
    },
  ];
}
