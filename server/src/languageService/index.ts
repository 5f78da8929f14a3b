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
import { memoize, type FrameworkDocument } from './model';
import { parseDocument } from './parse';
import { computeDiagnostics, type DiagnosticsSettings } from './features/diagnostics';
import { doHover } from './features/hover';
import { doComplete } from './features/completion';
import { convertDocument, type ConvertResult, type ConvertTarget } from './features/convert';
import { computeFixAllEdits, provideCodeActions, safeEdits, type Analyze, type CodeActionRequest } from './features/codeActions';
import * as navigation from './features/navigation';
import { provideDocumentSymbols } from './features/symbols';
import type { LimitSettings } from './limits';
import { formatJson } from './features/editing/format';
import { provideFoldingRanges } from './features/editing/folding';
import { provideSelectionRanges } from './features/editing/selectionRanges';
import { skeletonFixes } from './features/codeActions/skeletonFix';
import { firstBlockingError, renderFramework, type FrameworkRender } from './render';

export interface LanguageServiceSettings extends DiagnosticsSettings, LimitSettings {
  /** Globs of JSON files that are framework files whatever they hold. */
  frameworkGlobs?: readonly string[];
  /** The clock that dates a framework skeleton (`exportedAt`, the version); tests fix it. */
  now?: () => Date;
}

export interface LanguageService {
  /**
   * Parses a document (framework JSON or Markdown) into the shared model; call once per version. With the model
   * of the document's previous version (same settings), typing inside a JSON text value re-parses only that value,
   * reusing that model's tree in place: the previous model must not be used afterwards (the server drops it).
   */
  parse(textDocument: TextDocument, previous?: FrameworkDocument): FrameworkDocument;
  /** Every finding of the document (none for a document that is not a framework file). */
  computeDiagnostics(doc: FrameworkDocument): Diagnostic[];
  /** Short Markdown about the citation, statement, O*NET name, Job Zone, level or SOC code at a position. */
  doHover(doc: FrameworkDocument, position: Position): Hover | undefined;
  /** What can be written at a position: keys with snippets, level labels, O*NET names, citation keys, domains. */
  doComplete(doc: FrameworkDocument, position: Position): CompletionList;
  /** The document in its other form (JSON ⇄ Markdown), or why it cannot be converted. */
  convert(doc: FrameworkDocument, target: ConvertTarget): ConvertResult;
  /** Quick fixes of the findings in the request, and "Fix all auto-fixable problems" (`source.fixAll`). */
  provideCodeActions(doc: FrameworkDocument, request: CodeActionRequest): CodeAction[];
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

export function createLanguageService(getSettings: () => LanguageServiceSettings = () => ({})): LanguageService {
  const parse = (textDocument: TextDocument, previous?: FrameworkDocument) => {
    const { frameworkGlobs, maxFileSize } = getSettings();
    return parseDocument(textDocument, { frameworkGlobs, maxFileSize }, previous);
  };
  const diagnose = (doc: FrameworkDocument) => computeDiagnostics(doc, getSettings());
  // Fix all checks each pass's result again, as the same document at a later version.
  const analyzer =
    (doc: FrameworkDocument): Analyze =>
    (text) => {
      const next = parse(TextDocument.create(doc.uri, doc.textDocument.languageId, doc.version + 1, text));
      return { doc: next, diagnostics: diagnose(next) };
    };
  // Code actions are asked for on every cursor move: the findings and the fix-all edits of a version are
  // computed once (a parsed document is one version; settings changes re-parse).
  const fixAllOf = (doc: FrameworkDocument): TextEdit[] => computeFixAllEdits(doc, memoize(doc, diagnose), analyzer(doc));
  // Whether a finding's quick fixes include "Fix all" depends on the number of safe fixes in the file: once per version too.
  const safeFixCountOf = (doc: FrameworkDocument): number => safeEdits(doc, memoize(doc, diagnose)).length;
  return {
    parse,
    computeDiagnostics: diagnose,
    provideCodeActions: (doc, request) => [
      ...skeletonFixes(doc, request.diagnostics, request.only, (getSettings().now ?? (() => new Date()))()),
      ...provideCodeActions(doc, request, () => memoize(doc, diagnose), analyzer(doc), () => memoize(doc, fixAllOf), () => memoize(doc, safeFixCountOf)),
    ],
    computeFixAllEdits: (doc) => memoize(doc, fixAllOf),
    provideDefinition: navigation.provideDefinition,
    findReferences: navigation.findReferences,
    prepareRename: navigation.prepareRename,
    rename: navigation.rename,
    provideDocumentSymbols,
    formatDocument: formatJson,
    provideFoldingRanges: (doc) => provideFoldingRanges(doc),
    provideSelectionRanges,
    builtinCitationDocument: navigation.builtinCitationDocument,
    doHover: (doc, position) => doHover(doc, position),
    doComplete: (doc, position) => doComplete(doc, position),
    convert: (doc, target) => convertDocument(doc, target),
    renderPreview: (doc) => {
      const error = firstBlockingError(doc);
      return error ? { error } : { render: renderFramework(doc) };
    },
  };
}

export type { FrameworkDocument } from './model';
export { FrameworkIndex, frameworkEntryOf, computeWorkspaceDiagnostics, type FrameworkEntry } from './workspace/frameworkIndex';
export { DIAGNOSTIC_CODES } from './features/diagnostics/codes';
export { keyOfBuiltinCitationUri } from './features/navigation';
