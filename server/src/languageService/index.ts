/**
 * The NSX framework language service: a pure core (no `vscode`, no LSP connection, no file system).
 * Documents are parsed once per version into the shared model; every feature takes the parsed document.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionList, Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import type { FrameworkDocument } from './model';
import { parseDocument } from './parse';
import { computeDiagnostics, type DiagnosticsSettings } from './features/diagnostics';
import { doHover } from './features/hover';
import { doComplete } from './features/completion';
import { convertDocument, type ConvertResult, type ConvertTarget } from './features/convert';

export interface LanguageServiceSettings extends DiagnosticsSettings {
  /** Globs of JSON files that are framework files whatever they hold. */
  frameworkGlobs?: readonly string[];
}

export interface LanguageService {
  /** Parses a document (framework JSON or Markdown) into the shared model; call once per version. */
  parse(textDocument: TextDocument): FrameworkDocument;
  /** Every finding of the document (none for a document that is not a framework file). */
  computeDiagnostics(doc: FrameworkDocument): Diagnostic[];
  /** Short Markdown about the citation, statement, O*NET name, Job Zone, level or SOC code at a position. */
  doHover(doc: FrameworkDocument, position: Position): Hover | undefined;
  /** What can be written at a position: keys with snippets, level labels, O*NET names, citation keys, domains. */
  doComplete(doc: FrameworkDocument, position: Position): CompletionList;
  /** The document in its other form (JSON ⇄ Markdown), or why it cannot be converted. */
  convert(doc: FrameworkDocument, target: ConvertTarget): ConvertResult;
}

export function createLanguageService(getSettings: () => LanguageServiceSettings = () => ({})): LanguageService {
  return {
    parse: (textDocument) => parseDocument(textDocument, { frameworkGlobs: getSettings().frameworkGlobs }),
    computeDiagnostics: (doc) => computeDiagnostics(doc, getSettings()),
    doHover: (doc, position) => doHover(doc, position),
    doComplete: (doc, position) => doComplete(doc, position),
    convert: (doc, target) => convertDocument(doc, target),
  };
}

export type { FrameworkDocument } from './model';
export { DIAGNOSTIC_CODES } from './features/diagnostics/codes';
