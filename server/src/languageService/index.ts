/**
 * The NSX framework language service: a pure core (no `vscode`, no LSP connection, no file system).
 * Documents are parsed once per version into the shared model; every feature takes the parsed document.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { FrameworkDocument } from './model';
import { parseDocument } from './parse';
import { computeDiagnostics, type DiagnosticsSettings } from './features/diagnostics';
import type { LimitSettings } from './limits';

export interface LanguageServiceSettings extends DiagnosticsSettings, LimitSettings {
  /** Globs of JSON files that are framework files whatever they hold. */
  frameworkGlobs?: readonly string[];
}

export interface LanguageService {
  /** Parses a document (framework JSON or Markdown) into the shared model; call once per version. */
  parse(textDocument: TextDocument): FrameworkDocument;
  /** Every finding of the document (none for a document that is not a framework file). */
  computeDiagnostics(doc: FrameworkDocument): Diagnostic[];
}

export function createLanguageService(getSettings: () => LanguageServiceSettings = () => ({})): LanguageService {
  return {
    parse: (textDocument) => {
      const { frameworkGlobs, maxFileSize } = getSettings();
      return parseDocument(textDocument, { frameworkGlobs, maxFileSize });
    },
    computeDiagnostics: (doc) => computeDiagnostics(doc, getSettings()),
  };
}

export type { FrameworkDocument } from './model';
export { DIAGNOSTIC_CODES } from './features/diagnostics/codes';
