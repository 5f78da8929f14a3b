/** LSP wiring: capabilities and thin handlers that look up the parsed document and call the language service. */
import {
  CodeActionKind,
  ErrorCodes,
  ResponseError,
  DidChangeWatchedFilesNotification,
  DocumentFormattingRequest,
  DocumentRangeFormattingRequest,
  FoldingRangeRequest,
  SelectionRangeRequest,
  TextDocuments,
  TextDocumentSyncKind,
  type CompletionParams,
  type Connection,
  type HoverParams,
  type InitializeResult,
  type ServerCapabilities,
  type PrepareRenameParams,
  type RenameParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, keyOfBuiltinCitationUri, type FrameworkDocument, type LanguageServiceSettings } from './languageService';
import { BuiltinCitationRequest, type BuiltinCitationParams, type BuiltinCitationResult } from '../../common/protocol';
import type { SeverityName } from './languageService/features/diagnostics/codes';
import { ConvertRequest, type ConvertParams, type ConvertResponse } from '../../common/protocol';
import { ExportRequest, ImportCaseRequest, type ExportParams, type ExportResponse, type ImportCaseParams } from '../../common/protocol';
import { convertCasePackage, exportDocument } from './languageService/export';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { FRAMEWORK_FILE_GLOB, fileUri } from './workspace/files';
import { WorkspaceIndexer } from './workspace/workspaceIndexer';
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_ITEMS_COMPUTED } from './languageService/limits';
import { RenderRequest, type RenderParams, type RenderResponse } from '../../common/protocol';
import { CONFIG_LANGUAGE_ID, FRAMEWORK_JSON_LANGUAGE_ID, FrameworkJsonNotification, type FrameworkJsonParams } from '../../common/protocol';
import { ModelCache } from './modelCache';
import { ConfigFiles, pathOfFileUri, rulesLookup, type FoundConfig } from './workspace/configFiles';
import { config as configCore } from './languageService';
import * as path from 'node:path';

/** The `nsxFramework` settings, as VS Code sends them. */
export interface ServerSettings {
  enable: boolean;
  files: string[];
  severity: Record<string, SeverityName>;
  validationDelay: number;
  /** Longest file, in characters, that is checked (see languageService/limits.ts). */
  maxFileSize: number;
  /** Most values a framework may hold for the full checks. */
  maxItemsComputed: number;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  files: ['**/*.framework.json'],
  severity: {},
  validationDelay: 200,
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  maxItemsComputed: DEFAULT_MAX_ITEMS_COMPUTED,
};

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let canPullConfiguration = false;

  // `.nsxframework.json` files: found from a file's folder up to its workspace folder; an open editor's text wins.
  const configFiles = new ConfigFiles({ openText: (uri) => documents.get(uri)?.getText() });
  const workspaceFolderOf = (file: string): string | undefined => {
    let best: string | undefined;
    for (const folder of workspaceFolders.map(pathOfFileUri)) {
      if (!folder) continue;
      const rel = path.relative(folder, file);
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && (!best || folder.length > best.length)) best = folder;
    }
    return best;
  };
  const findConfig = (uri: string): FoundConfig | undefined => {
    const file = pathOfFileUri(uri);
    return file === undefined ? undefined : configFiles.find(file, workspaceFolderOf(file) ?? path.dirname(file));
  };
  const rulesFor = rulesLookup(findConfig);
  /** Where "Turn off" writes for a file: the configuration in effect, else a new one in its workspace folder (or its own folder). */
  const configTarget = (uri: string): configCore.ConfigTarget | undefined => {
    const file = pathOfFileUri(uri);
    if (file === undefined) return undefined;
    const found = findConfig(uri);
    if (found) return { uri: found.uri, text: found.text };
    const folder = workspaceFolderOf(file) ?? path.dirname(file);
    return { uri: fileUri(path.join(folder, configCore.CONFIG_FILE_NAME)), text: undefined };
  };
  const isConfigUri = (uri: string): boolean => uri.startsWith('file:') && uri.endsWith('/' + configCore.CONFIG_FILE_NAME);

  const serviceSettings = (): LanguageServiceSettings => ({
    frameworkGlobs: settings.files,
    severity: settings.severity,
    maxFileSize: settings.maxFileSize,
    maxItemsComputed: settings.maxItemsComputed,
    rulesFor,
  });
  const service = createLanguageService(serviceSettings);
  // Frameworks of the workspace folders, for workspace symbols and the duplicate-SOC warning.
  const workspace = new WorkspaceIndexer(service, (message) => connection.console.log(message));
  let workspaceFolders: string[] = [];
  let canWatchFiles = false;
  // Formatting, folding and selection ranges serve the framework JSON and configuration languages only: registered for
  // them where the client allows (for VS Code, JSON files keep VS Code's own formatter and folding), for every
  // document otherwise.
  const editingRegistrations: (() => unknown)[] = [];
  // Documents opened as plain JSON that were found to be frameworks: the client is told once per open.
  const announced = new Set<string>();

  // Parse once per document version; every request on that version reuses the model (for the documents in use).
  const parsed = new ModelCache(service);
  const getDocument = (uri: string): FrameworkDocument | undefined => {
    const textDocument = documents.get(uri);
    return textDocument ? parsed.get(textDocument) : undefined;
  };

  /** A request that failed: logged for the output channel, never sent to the client as an error. */
  const requestFailed = (error: unknown): void => connection.console.error(`Request failed: ${describeError(error)}`);

  const timers = new Map<string, NodeJS.Timeout>();
  const validate = (uri: string): void => {
    timers.delete(uri);
    const textDocument = documents.get(uri);
    if (!textDocument) return;
    try {
      if (isConfigUri(uri)) {
        // The configuration file itself: its own problems. Its changes reach the other files through `configChanged`.
        const file = pathOfFileUri(uri);
        const diagnostics = settings.enable && file ? configFiles.read(file, textDocument.getText()).config.diagnostics : [];
        void connection.sendDiagnostics({ uri, version: textDocument.version, diagnostics });
        return;
      }
      const doc = getDocument(uri);
      const socBefore = workspace.index.get(uri)?.socKey;
      // Only files sharing the old or new SOC code can gain or lose a duplicate-SOC warning: rechecking every
      // open file on each change made opening many files quadratic.
      if (doc && workspace.updateOpen(doc)) recheckOpen(uri, [socBefore, workspace.index.get(uri)?.socKey]);
      if (doc?.isFramework && settings.enable && !announced.has(uri) && /^jsonc?$/.test(textDocument.languageId)) {
        announced.add(uri);
        void connection.sendNotification(FrameworkJsonNotification.method, { uri } satisfies FrameworkJsonParams);
      }
      const diagnostics =
        settings.enable && doc ? [...service.computeDiagnostics(doc), ...service.computeWorkspaceDiagnostics(doc, workspace.index)] : [];
      void connection.sendDiagnostics({ uri, version: textDocument.version, diagnostics });
    } catch (error) {
      connection.console.error(`Checking ${uri} failed: ${describeError(error)}`);
    }
  };
  const schedule = (uri: string, delay: number): void => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => validate(uri), delay),
    );
  };
  /** Checks the open documents again (but `except`; only those with one of `socKeys` when given): another file's SOC code changed. */
  const recheckOpen = (except?: string, socKeys?: (string | undefined)[]): void => {
    if (socKeys && socKeys[0] === socKeys[1]) return; // the title changed, which no other file's findings show
    for (const d of documents.all()) {
      if (d.uri === except) continue;
      const key = socKeys && workspace.index.get(d.uri)?.socKey;
      if (!socKeys || (key !== undefined && socKeys.includes(key))) schedule(d.uri, 0);
    }
  };
  const revalidateAll = (): void => {
    parsed.clear(); // framework detection depends on the globs
    for (const d of documents.all()) schedule(d.uri, 0);
  };
  /** A configuration file changed (typed in, saved, created, deleted): every open file is checked again with it. */
  const configChanged = (except?: string, delay = 0): void => {
    parsed.clear(); // the findings of each version are memoized with the rules they were computed with
    for (const d of documents.all()) if (d.uri !== except) schedule(d.uri, delay);
  };

  const loadSettings = async (): Promise<void> => {
    if (!canPullConfiguration) return;
    try {
      const value = (await connection.workspace.getConfiguration('nsxFramework')) as Partial<ServerSettings> | null;
      settings = normalizeSettings(value);
    } catch (error) {
      connection.console.warn(`Could not read the nsxFramework settings: ${String(error)}`);
    }
  };

  connection.onInitialize((params): InitializeResult => {
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    const initial = params.initializationOptions as { settings?: Partial<ServerSettings> } | undefined;
    if (initial?.settings) settings = normalizeSettings(initial.settings);
    workspaceFolders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    const text = params.capabilities.textDocument;
    const documentSelector = [{ language: FRAMEWORK_JSON_LANGUAGE_ID }, { language: CONFIG_LANGUAGE_ID }];
    const editing: ServerCapabilities = {};
    // Each editing feature: registered for the framework JSON and configuration languages where the client can, else
    // offered to all.
    const features = [
      [text?.formatting, DocumentFormattingRequest.type, 'documentFormattingProvider'],
      [text?.rangeFormatting, DocumentRangeFormattingRequest.type, 'documentRangeFormattingProvider'],
      [text?.foldingRange, FoldingRangeRequest.type, 'foldingRangeProvider'],
      [text?.selectionRange, SelectionRangeRequest.type, 'selectionRangeProvider'],
    ] as const;
    for (const [client, type, capability] of features) {
      if (client?.dynamicRegistration) editingRegistrations.push(() => connection.client.register(type, { documentSelector }));
      else editing[capability] = true;
    }
    return {
      capabilities: {
        ...editing,
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        // `#`, space and `@` serve Markdown headings (`## `) and citations (`[@`); quick suggestions are off there.
        completionProvider: { triggerCharacters: ['"', ':', '[', '@', '#', ' '] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
      },
      serverInfo: { name: 'nsx-framework-language-server' },
    };
  });

  connection.onInitialized(async () => {
    for (const register of editingRegistrations) register();
    await loadSettings();
    revalidateAll();
    if (canWatchFiles) {
      const globs = [FRAMEWORK_FILE_GLOB, `**/${configCore.CONFIG_FILE_NAME}`, ...settings.files];
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: globs.map((globPattern) => ({ globPattern })) });
    }
    workspace.scanFolders(workspaceFolders, settings.files).then(
      (changed) => changed && recheckOpen(),
      (error) => connection.console.error(`Indexing the workspace failed: ${String(error)}`),
    );
  });

  connection.onDidChangeWatchedFiles((params) => {
    const configEvents = params.changes.filter((c) => isConfigUri(c.uri));
    for (const c of configEvents) {
      const file = pathOfFileUri(c.uri);
      if (file) configFiles.invalidate(file);
    }
    if (configEvents.length) configChanged();
    const others = params.changes.filter((c) => !isConfigUri(c.uri));
    if (others.length) void workspace.applyFileEvents(others).then((changed) => changed && recheckOpen());
  });
  connection.onWorkspaceSymbol((params) => (settings.enable ? workspace.index.symbols(params.query) : []));

  connection.onDidChangeConfiguration(async (change) => {
    const pushed = (change.settings as { nsxFramework?: Partial<ServerSettings> } | undefined)?.nsxFramework;
    if (canPullConfiguration) await loadSettings();
    else if (pushed) settings = normalizeSettings(pushed);
    revalidateAll();
  });

  // A document just opened is checked at once; TextDocuments also reports the open as a content change,
  // which must not push that check back by the typing delay.
  const opening = new Set<string>();
  documents.onDidOpen((e) => {
    opening.add(e.document.uri);
    schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    // An open configuration's text is used as it is typed.
    if (isConfigUri(e.document.uri)) configChanged(e.document.uri, settings.validationDelay);
    if (opening.delete(e.document.uri)) return;
    schedule(e.document.uri, settings.validationDelay);
  });
  documents.onDidClose((e) => {
    if (isConfigUri(e.document.uri)) {
      // Unsaved changes may have been dropped: the disk is the truth again.
      const file = pathOfFileUri(e.document.uri);
      if (file) configFiles.invalidate(file);
      configChanged(e.document.uri);
    }
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    parsed.delete(e.document.uri);
    announced.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    void workspace.closeOpen(e.document.uri).then((changed) => changed && recheckOpen());
  });

  /**
   * Runs a request handler on the parsed document if `serves` it, else answers `fallback`; never lets an error escape
   * to the client.
   */
  const onParsed =
    (serves: (doc: FrameworkDocument) => boolean) =>
    <P extends { textDocument: { uri: string } }, R>(handler: (doc: FrameworkDocument, params: P) => R, fallback: R) =>
    (params: P): R => {
      try {
        const doc = getDocument(params.textDocument.uri);
        return doc && serves(doc) ? handler(doc, params) : fallback;
      } catch (error) {
        requestFailed(error);
        return fallback;
      }
    };
  /** A request on a framework document, while the checks are enabled. */
  const onDocument = onParsed((doc) => doc.isFramework && settings.enable);

  /**
   * A request on a configuration file goes to `config` (editing help in `.nsxframework.json`), any other to
   * `framework`. Never lets an error escape to the client.
   */
  const configEditing = new configCore.ConfigEditing();
  const orConfig =
    <P extends { textDocument: { uri: string } }, R>(
      config: (document: TextDocument, params: P) => R | Promise<R>,
      framework: (params: P) => R,
      fallback: R,
    ) =>
    async (params: P): Promise<R> => {
      const document = isConfigUri(params.textDocument.uri) ? documents.get(params.textDocument.uri) : undefined;
      if (!document) return framework(params);
      try {
        return await config(document, params);
      } catch (error) {
        requestFailed(error);
        return fallback;
      }
    };

  // --- Feature handlers: look up the document, call the service, return. ---
  connection.onHover(
    orConfig(
      (document, p: HoverParams) => configEditing.hover(document, p.position),
      onDocument((doc, p: HoverParams) => service.doHover(doc, p.position) ?? null, null),
      null,
    ),
  );
  const noCompletion = { isIncomplete: false, items: [] };
  connection.onCompletion(
    orConfig(
      (document, p: CompletionParams) =>
        p.context?.triggerCharacter === ' ' ? noCompletion : configEditing.complete(document, p.position),
      onDocument(
        (doc, p: CompletionParams) =>
          // A space opens completion only after a Markdown heading marker; in JSON it would pop up everywhere.
          p.context?.triggerCharacter === ' ' && doc.format === 'json' ? noCompletion : service.doComplete(doc, p.position),
        noCompletion,
      ),
      noCompletion,
    ),
  );

  connection.onRequest<ConvertResponse, void>(
    ConvertRequest.method,
    onDocument<ConvertParams, ConvertResponse>((doc, p) => service.convert(doc, p.target), { error: 'This file is not a framework file' }),
  );
  // Exports need a complete framework, as a conversion does: a file with errors is refused with the first of them.
  connection.onRequest<ExportResponse, void>(
    ExportRequest.method,
    onDocument<ExportParams, ExportResponse>(
      (doc, p) => {
        const errors = service.computeDiagnostics(doc).filter((d) => d.severity === DiagnosticSeverity.Error);
        if (errors.length) {
          const first = errors[0];
          return {
            error: `Fix ${errors.length === 1 ? 'the error' : `the ${errors.length} errors`} first (line ${first.range.start.line + 1}: ${first.message})`,
          };
        }
        return exportDocument(doc, p.target, { baseUri: p.baseUri || undefined });
      },
      { error: 'This file is not a framework file' },
    ),
  );
  connection.onRequest<ConvertResponse, void>(ImportCaseRequest.method, (p: ImportCaseParams): ConvertResponse => {
    try {
      return convertCasePackage(p.text, p.target);
    } catch (error) {
      requestFailed(error);
      return { error: 'The CASE package could not be converted' };
    }
  });
  connection.onCodeAction(
    onDocument(
      (doc, p) =>
        service.provideCodeActions(doc, { diagnostics: p.context.diagnostics, only: p.context.only, config: configTarget(doc.uri) }),
      [],
    ),
  );
  connection.onDefinition(onDocument((doc, p) => service.provideDefinition(doc, p.position), []));
  connection.onReferences(onDocument((doc, p) => service.findReferences(doc, p.position, p.context.includeDeclaration), []));
  connection.onDocumentSymbol(
    orConfig(
      (document) => configEditing.documentSymbols(document),
      onDocument((doc) => service.provideDocumentSymbols(doc), []),
      [],
    ),
  );
  // Editing help for framework JSON works whatever the settings say: nothing else formats or folds these files.
  const onJson = onParsed((doc) => doc.format === 'json');
  connection.onDocumentFormatting(
    orConfig(
      (document, p) => configEditing.format(document, p.options),
      onJson((doc, p) => service.formatDocument(doc, p.options), []),
      [],
    ),
  );
  connection.onDocumentRangeFormatting(
    orConfig(
      (document, p) => configEditing.format(document, p.options, p.range),
      onJson((doc, p) => service.formatDocument(doc, p.options, p.range), []),
      [],
    ),
  );
  connection.onFoldingRanges(
    orConfig(
      (document) => configEditing.foldingRanges(document),
      onJson((doc) => service.provideFoldingRanges(doc), []),
      [],
    ),
  );
  connection.onSelectionRanges(
    orConfig(
      (document, p) => configEditing.selectionRanges(document, p.positions),
      onJson((doc, p) => service.provideSelectionRanges(doc, p.positions), []),
      [],
    ),
  );
  // Rename refusals travel as errors, so the editor can say why (a built-in citation, an invalid key).
  const refuse = <T>(r: T | { error: string } | undefined): T | null => {
    if (r && typeof r === 'object' && 'error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
    return r ?? null;
  };
  const prepareRename = onDocument((doc, p: PrepareRenameParams) => service.prepareRename(doc, p.position), undefined);
  connection.onPrepareRename((p) => refuse(prepareRename(p)));
  const rename = onDocument((doc, p: RenameParams) => service.rename(doc, p.position, p.newName), undefined);
  connection.onRenameRequest((p) => refuse(rename(p))?.edit ?? null);
  connection.onRequest(BuiltinCitationRequest.method, (p: BuiltinCitationParams): BuiltinCitationResult => {
    const key = keyOfBuiltinCitationUri(p.uri);
    return (key && service.builtinCitationDocument(key)) || null;
  });

  connection.onRequest<RenderResponse, void>(
    RenderRequest.method,
    onDocument<RenderParams, RenderResponse>((doc): RenderResponse => {
      const out = service.renderPreview(doc);
      const head = { uri: doc.uri, version: doc.version };
      return 'error' in out ? { kind: 'error' as const, ...head, ...out.error } : { kind: 'render' as const, ...head, ...out.render };
    }, null),
  );

  documents.listen(connection);
  connection.listen();
}

export function normalizeSettings(value: Partial<ServerSettings> | null | undefined): ServerSettings {
  const v = value ?? {};
  return {
    enable: typeof v.enable === 'boolean' ? v.enable : DEFAULT_SETTINGS.enable,
    files: Array.isArray(v.files) ? v.files.filter((g): g is string => typeof g === 'string') : DEFAULT_SETTINGS.files,
    severity: v.severity && typeof v.severity === 'object' ? { ...v.severity } : {},
    validationDelay:
      typeof v.validationDelay === 'number' && v.validationDelay >= 0
        ? Math.min(v.validationDelay, 5000)
        : DEFAULT_SETTINGS.validationDelay,
    maxFileSize: positiveInteger(v.maxFileSize, DEFAULT_SETTINGS.maxFileSize),
    maxItemsComputed: positiveInteger(v.maxItemsComputed, DEFAULT_SETTINGS.maxItemsComputed),
  };
}

function positiveInteger(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

/** An error as the server's log shows it: its stack when it has one. */
function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
