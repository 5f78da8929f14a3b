/**
 * The NSX framework language service: a pure core (no `vscode`, no LSP connection, no file system).
 * Documents are parsed once per version into the shared model; every feature takes the parsed document.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  FormattingOptions,
  Hover,
  Location,
  Position,
  Range,
  SelectionRange,
  TextEdit,
} from 'vscode-languageserver-types';
import type { FrameworkDocument } from './model';
import { parseDocument } from './parse';
import { computeDiagnostics, type DiagnosticsSettings } from './features/diagnostics';
import { doHover } from './features/hover';
import { doComplete } from './features/completion';
import { convertDocument, type ConvertResult, type ConvertTarget } from './features/convert';
import { provideCodeActions, type CheckVersion, type CodeActionRequest } from './features/codeActions';
import * as navigation from './features/navigation';
import { provideDocumentSymbols } from './features/symbols';
import type { LimitSettings } from './limits';
import { formatJson } from './features/editing/format';
import { provideFoldingRanges } from './features/editing/folding';
import { provideSelectionRanges } from './features/editing/selectionRanges';
import { skeletonFixes } from './features/codeActions/skeletonFix';
import { firstBlockingError, renderFramework, type FrameworkRender } from './render';
import { DocumentAnalysis } from './analysis';
import { mergeRuleSettings, turnOffActions, type ConfigTarget, type RuleSettings } from './config';
import { computeWorkspaceDiagnostics as workspaceDiagnostics, type FrameworkEntry, type FrameworkIndex } from './workspace/frameworkIndex';

export interface LanguageServiceSettings extends DiagnosticsSettings, LimitSettings {
  /** Globs of JSON files that are framework files whatever they hold. */
  frameworkGlobs?: readonly string[];
  /** The rules `.nsxframework.json` gives a file; they win over `severity`, code by code. */
  rulesFor?: (uri: string) => RuleSettings | undefined;
  /** The clock that dates a framework skeleton (`exportedAt`, the version); tests fix it. */
  now?: () => Date;
}

/** A code action request, with where "Turn off `<code>` in .nsxframework.json" writes (no such fix without it). */
export interface ServiceCodeActionRequest extends CodeActionRequest {
  config?: ConfigTarget;
}

export interface LanguageService {
  /** Parses a document (framework JSON or Markdown) into the shared model; call once per version. */
  parse(textDocument: TextDocument): FrameworkDocument;
  /**
   * Parses the next version of a document from the model of its previous version (parsed with the same settings):
   * typing inside a JSON text value re-parses only that value and takes the previous model's tree over, changing it
   * in place. The previous model is then retired: the service refuses it (it throws) rather than answer from a
   * changed tree. The server's model cache is the one caller; it drops the previous model in the same step.
   */
  parseNextVersion(textDocument: TextDocument, previous: FrameworkDocument): FrameworkDocument;
  /** The analysis of the document's version under the current settings: its parts are computed once, on first use. */
  analyze(doc: FrameworkDocument): DocumentAnalysis;
  /** Every finding of the document (none for a document that is not a framework file). */
  computeDiagnostics(doc: FrameworkDocument): Diagnostic[];
  /**
   * The findings of a framework that only the whole workspace shows (another file declares its SOC code), with the
   * severities in effect for that file (the settings, then its configuration file's rules).
   */
  computeWorkspaceDiagnostics(doc: FrameworkDocument | FrameworkEntry, index: FrameworkIndex): Diagnostic[];
  /** Short Markdown about the citation, statement, O*NET name, Job Zone, level or SOC code at a position. */
  doHover(doc: FrameworkDocument, position: Position): Hover | undefined;
  /** What can be written at a position: keys with snippets, level labels, O*NET names, citation keys, domains. */
  doComplete(doc: FrameworkDocument, position: Position): CompletionList;
  /** The document in its other form (JSON ⇄ Markdown), or why it cannot be converted. */
  convert(doc: FrameworkDocument, target: ConvertTarget): ConvertResult;
  /** Quick fixes of the findings in the request, and "Fix all auto-fixable problems" (`source.fixAll`). */
  provideCodeActions(doc: FrameworkDocument, request: ServiceCodeActionRequest): CodeAction[];
  /** The edits of "Fix all auto-fixable problems" (for a CLI `--fix` too): every finding's single safe fix. */
  computeFixAllEdits(doc: FrameworkDocument): TextEdit[];
  /** Go to definition of a citation key: its `citations` entry, or the built-in citation's read-only view. */
  provideDefinition(doc: FrameworkDocument, position: Position): Location[];
  /** Every use of a citation key in `cites` lists (and its definition when `includeDeclaration`). */
  findReferences(doc: FrameworkDocument, position: Position, includeDeclaration: boolean): Location[];
  /** Whether a rename may start at `position`: a file-defined citation key, or an error saying why not. */
  prepareRename(doc: FrameworkDocument, position: Position): navigation.PrepareRenameResult;
  /** Renames a file-defined citation key, its definition and every use. */
  rename(doc: FrameworkDocument, position: Position, newName: string): navigation.RenameResult;
  /** The hierarchical outline of the document. */
  provideDocumentSymbols(doc: FrameworkDocument): DocumentSymbol[];
  /** Format Document (or Selection, with `range`) of framework JSON, indented as `options` say. */
  formatDocument(doc: FrameworkDocument, options: FormattingOptions, range?: Range): TextEdit[];
  /** The foldable objects and lists of framework JSON. */
  provideFoldingRanges(doc: FrameworkDocument): FoldingRange[];
  /** Expand / Shrink Selection steps at each position of framework JSON. */
  provideSelectionRanges(doc: FrameworkDocument, positions: readonly Position[]): SelectionRange[];
  /** A built-in citation as readable Markdown (the content of its `nsx-citation:` view). */
  builtinCitationDocument(key: string): string | undefined;
  /** The preview of the document as the NSX page, or the first error that keeps it from being read. */
  renderPreview(doc: FrameworkDocument): { render: FrameworkRender } | { error: { message: string; line: number; character: number } };
}

/**
 * The language service. Settings are read when a document version is first analysed: a settings change needs the
 * documents parsed again (the server does so), as a parsed version keeps its analysis.
 */
export function createLanguageService(getSettings: () => LanguageServiceSettings = () => ({})): LanguageService {
  const parseOptions = () => {
    const { frameworkGlobs, maxFileSize } = getSettings();
    return { frameworkGlobs, maxFileSize };
  };
  const parse = (textDocument: TextDocument) => parseDocument(textDocument, parseOptions());
  // A model whose tree a later version took over: using it would answer from the other version's text.
  const retired = new WeakSet<FrameworkDocument>();
  const current = (doc: FrameworkDocument): FrameworkDocument => {
    if (retired.has(doc))
      throw new Error(`The model of version ${doc.version} of ${doc.uri} was replaced by a later version's: parse again`);
    return doc;
  };
  const parseNextVersion = (textDocument: TextDocument, previous: FrameworkDocument) => {
    const next = parseDocument(textDocument, parseOptions(), current(previous));
    if (next.root !== undefined && next.root === previous.root) retired.add(previous);
    return next;
  };
  // The settings of one document: the editor's, with the rules of the configuration file that applies to it.
  const settingsFor = (uri: string): DiagnosticsSettings => {
    const settings = getSettings();
    return mergeRuleSettings(settings, settings.rulesFor?.(uri));
  };
  // "Fix all" checks each pass's result as the same document at a later version.
  const checkVersionAfter =
    (doc: FrameworkDocument): CheckVersion =>
    (text) => {
      const next = parse(TextDocument.create(doc.uri, doc.textDocument.languageId, doc.version + 1, text));
      return { doc: next, diagnostics: computeDiagnostics(next, settingsFor(next.uri)) };
    };
  // A version's analysis is kept in the document's own memo, under this service's key. Not in a WeakMap from
  // documents: its entries outlive the young generation's collections, so every checked file was promoted
  // (bench/README.md, "Limits and engine notes").
  const analysisKey = Symbol('analysis');
  const analyze = (doc: FrameworkDocument): DocumentAnalysis => {
    const memo = current(doc).memo;
    let analysis = memo.get(analysisKey) as DocumentAnalysis | undefined;
    if (!analysis) memo.set(analysisKey, (analysis = new DocumentAnalysis(doc, settingsFor(doc.uri), checkVersionAfter(doc))));
    return analysis;
  };
  return {
    parse,
    parseNextVersion,
    analyze,
    computeDiagnostics: (doc) => [...analyze(doc).diagnostics],
    computeWorkspaceDiagnostics: (doc, index) => workspaceDiagnostics(doc, index, settingsFor(doc.uri)),
    provideCodeActions: (doc, request) => {
      const actions = [
        ...skeletonFixes(current(doc), request.diagnostics, request.only, (getSettings().now ?? (() => new Date()))()),
        ...provideCodeActions(doc, request, analyze(doc)),
      ];
      // Never preferred and never in "Fix all": turning a check off is the author's call.
      const quickFixes = !request.only || request.only.some((k) => k === 'quickfix' || k.startsWith('quickfix.'));
      return request.config && quickFixes ? [...actions, ...turnOffActions(doc.uri, request.diagnostics, request.config)] : actions;
    },
    computeFixAllEdits: (doc) => [...analyze(doc).fixAllEdits],
    provideDefinition: (doc, position) => navigation.provideDefinition(current(doc), position),
    findReferences: (doc, position, includeDeclaration) => navigation.findReferences(current(doc), position, includeDeclaration),
    prepareRename: (doc, position) => navigation.prepareRename(current(doc), position),
    rename: (doc, position, newName) => navigation.rename(current(doc), position, newName),
    provideDocumentSymbols: (doc) => provideDocumentSymbols(current(doc)),
    formatDocument: (doc, options, range) => formatJson(current(doc), options, range),
    provideFoldingRanges: (doc) => provideFoldingRanges(current(doc)),
    provideSelectionRanges: (doc, positions) => provideSelectionRanges(current(doc), positions),
    builtinCitationDocument: navigation.builtinCitationDocument,
    doHover: (doc, position) => doHover(current(doc), position),
    doComplete: (doc, position) => doComplete(current(doc), position),
    convert: (doc, target) => convertDocument(current(doc), target),
    renderPreview: (doc) => {
      const error = firstBlockingError(current(doc));
      return error ? { error } : { render: renderFramework(doc) };
    },
  };
}

export type { DocumentAnalysis } from './analysis';
export type { FrameworkDocument } from './model';
export { FrameworkIndex, frameworkEntryOf, computeWorkspaceDiagnostics, type FrameworkEntry } from './workspace/frameworkIndex';
export { DIAGNOSTIC_CODES } from './features/diagnostics/codes';
export { keyOfBuiltinCitationUri } from './features/navigation';
export * as config from './config';
