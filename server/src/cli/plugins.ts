/**
 * The two CLI features whose core lives elsewhere: "fix all" (`languageService/features/codeActions/`) and the
 * lossless JSON ⇄ Markdown conversion (`languageService/convert/`). The CLI does the option parsing, the file
 * I/O and the reporting; these functions are the core's, the same the editor uses.
 */
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, type FrameworkDocument, type LanguageServiceSettings } from '../languageService';
import { convertDocument } from '../languageService/features/convert';

/**
 * Returns the edits of every safe fix for the document's findings (what the editor's "Fix all" applies).
 * Non-overlapping edits against `doc.textDocument`; an empty list when nothing can be fixed.
 */
export type FixAllFn = (doc: FrameworkDocument, diagnostics: Diagnostic[], rulesFor?: LanguageServiceSettings['rulesFor']) => TextEdit[];

/**
 * Returns the full text of the document in the other form (`md` or `json`); the document has no errors. Throws
 * {@link NotConverted} when the core declines the file (nothing to convert, a value it cannot write losslessly).
 */
export type ConvertFn = (doc: FrameworkDocument, to: 'json' | 'md') => string;

/** The core's reason for not converting a file: the user's to read, as one plain line (exit code 1). */
export class NotConverted extends Error {}

// Fix all re-checks each pass with default settings (severities never change what is fixable; "off" does, below).
const service = createLanguageService();

/** "Fix all auto-fixable problems", as in the editor. */
// A rule that `.nsxframework.json` turns off is not fixed either, as in the editor: the passes then check with its rules.
export const fixAll: FixAllFn | undefined = (doc, _diagnostics, rulesFor) =>
  (rulesFor ? createLanguageService(() => ({ rulesFor })) : service).computeFixAllEdits(doc);

/** "Convert to Markdown" / "Convert to JSON", as in the editor. */
export const convertFramework: ConvertFn | undefined = (doc, to) => {
  const result = convertDocument(doc, to === 'md' ? 'markdown' : 'json');
  if ('error' in result) throw new NotConverted(result.error);
  return result.text;
};
