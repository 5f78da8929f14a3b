/**
 * The NSX framework language service: a pure core (no `vscode`, no LSP connection, no file system).
 * Documents are parsed once per version into the shared model; every feature takes the parsed document.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { FrameworkDocument } from './model';
import { parseDocument } from './parse';
import { computeDiagnostics, type DiagnosticsSettings } from './features/diagnostics';
import { firstBlockingError, renderFramework, type FrameworkRender } from './render';

export interface LanguageServiceSettings extends DiagnosticsSettings {
  /** Globs of JSON files that are framework files whatever they hold. */
  frameworkGlobs?: readonly string[];
}

export interface LanguageService {
  /** Parses a document (framework JSON or Markdown) into the shared model; call once per version. */
  parse(textDocument: TextDocument): FrameworkDocument;
  /** Every finding of the document (none for a document that is not a framework file). */
  computeDiagnostics(doc: FrameworkDocument): Diagnostic[];
  /** The preview of the document as the NSX page, or the first error that keeps it from being read. */
  renderPreview(doc: FrameworkDocument): { render: FrameworkRender } | { error: { message: string; line: number; character: number } };
}

export function createLanguageService(getSettings: () => LanguageServiceSettings = () => ({})): LanguageService {
  return {
    parse: (textDocument) => parseDocument(textDocument, { frameworkGlobs: getSettings().frameworkGlobs }),
    computeDiagnostics: (doc) => computeDiagnostics(doc, getSettings()),
    renderPreview: (doc) => {
      const error = firstBlockingError(doc);
      return error ? { error } : { render: renderFramework(doc) };
    },
  };
}

export type { FrameworkDocument } from './model';
export { DIAGNOSTIC_CODES } from './features/diagnostics/codes';
