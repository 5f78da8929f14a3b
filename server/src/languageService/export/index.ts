/**
 * Exports of a framework document to the competency standards (CASE 1.1, CTDL-ASN) and the CASE import. The caller
 * refuses a document with errors first (as a conversion does); here only what can be exported is decided.
 */
import type { FrameworkDocument } from '../model';
import { toJson } from '../convert/toJson';
import { toCaseText, type ExportOptions } from './case';
import { toCtdlAsnText } from './ctdl';

export type ExportTarget = 'case' | 'ctdl-asn';
export type { ExportOptions } from './case';
export { convertCasePackage, importCasePackage } from './caseImport';

/** Codes of parse problems after which the value is incomplete, so an export would lose text. */
const BLOCKING = new Set(['json-syntax', 'markdown-front-matter', 'markdown-missing-front-matter']);

/**
 * The framework value in the JSON form's key order: a Markdown document's value puts the body's sections after
 * the front matter, which Convert to JSON moves back; so both forms of one framework export the same bytes.
 */
export function exportableValue(doc: FrameworkDocument): unknown {
  return doc.format === 'markdown' ? JSON.parse(toJson(doc.value)) : doc.value;
}

/** Exports a framework document as `target`, or explains why it cannot. */
export function exportDocument(
  doc: FrameworkDocument,
  target: ExportTarget,
  options: ExportOptions = {},
): { text: string } | { error: string } {
  if (!doc.isFramework) return { error: 'This file is not a framework file' };
  const blocking = doc.syntaxDiagnostics.find((d) => BLOCKING.has(String(d.code)));
  if (blocking) return { error: `Fix the file's syntax first (line ${blocking.range.start.line + 1}: ${blocking.message})` };
  const value = exportableValue(doc);
  return { text: target === 'case' ? toCaseText(value, options) : toCtdlAsnText(value, options) };
}
