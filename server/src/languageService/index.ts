/**
 * The NSX framework language service: a pure core (no `vscode`, no LSP connection, no file system).
 * Documents are parsed once per version into the shared model; every feature takes the parsed document.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { FrameworkDocument } from './model';
import { parseJsonFramework } from './parse/json';
import { computeDiagnostics, type DiagnosticsSettings } from './features/diagnostics';

export interface LanguageServiceSettings extends DiagnosticsSettings {
  /** Globs of JSON files that are framework files whatever they hold. */
  frameworkGlobs?: readonly string[];
}

export interface LanguageService {
  /** Parses a document (JSON framework form) into the shared model. */
  parse(textDocument: TextDocument): FrameworkDocument;
  computeDiagnostics(doc: FrameworkDocument): Diagnostic[];
}

export function createLanguageService(getSettings: () => LanguageServiceSettings = () => ({})): LanguageService {
  return {
    parse: (textDocument) => parseJsonFramework(textDocument, { frameworkGlobs: getSettings().frameworkGlobs }),
    computeDiagnostics: (doc) => computeDiagnostics(doc, getSettings()),
  };
}

export type { FrameworkDocument } from './model';
export { DIAGNOSTIC_CODES } from './features/diagnostics/codes';
