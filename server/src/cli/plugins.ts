/**
 * The two CLI features whose core lives elsewhere: "fix all" (`languageService/features/codeActions/`) and the
 * lossless JSON ⇄ Markdown conversion (`languageService/convert/`). The CLI does the option parsing, the file
 * I/O and the reporting; each feature plugs in by setting one function below to the core's.
 *
 * While one is `undefined`, the CLI says the feature is not available in this build (exit code 2).
 */
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { FrameworkDocument } from '../languageService';

/**
 * Returns the edits of every safe fix for the document's findings (what the editor's "Fix all" applies).
 * Non-overlapping edits against `doc.textDocument`; an empty list when nothing can be fixed.
 */
export type FixAllFn = (doc: FrameworkDocument, diagnostics: Diagnostic[]) => TextEdit[];

/** Returns the full text of the document in the other form (`md` or `json`); the document has no errors. */
export type ConvertFn = (doc: FrameworkDocument, to: 'json' | 'md') => string;

/** Plug in: `export const fixAll: FixAllFn | undefined = (doc, diagnostics) => <core fix-all>(doc, diagnostics);` */
export const fixAll: FixAllFn | undefined = undefined;

/** Plug in: `export const convertFramework: ConvertFn | undefined = (doc, to) => <core conversion>(doc, to);` */
export const convertFramework: ConvertFn | undefined = undefined;
