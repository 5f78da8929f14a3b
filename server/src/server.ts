/** LSP wiring: capabilities and thin handlers that look up the parsed document and call the language service. */
import {
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type FrameworkDocument, type LanguageServiceSettings } from './languageService';
import type { SeverityName } from './languageService/features/diagnostics/codes';
import { ModelCache } from './modelCache';

/** The `nsxFramework` settings, as VS Code sends them. */
export interface ServerSettings {
  enable: boolean;
  files: string[];
  severity: Record<string, SeverityName>;
  validationDelay: number;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  files: ['**/*.framework.json'],
  severity: {},
  validationDelay: 200,
};

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let canPullConfiguration = false;

  const serviceSettings = (): LanguageServiceSettings => ({ frameworkGlobs: settings.files, severity: settings.severity });
  const service = createLanguageService(serviceSettings);

  // Parse once per document version; every request on that version reuses the model (for the documents in use).
  const parsed = new ModelCache((textDocument) => service.parse(textDocument));
  const getDocument = (uri: string): FrameworkDocument | undefined => {
    const textDocument = documents.get(uri);
    return textDocument ? parsed.get(textDocument) : undefined;
  };

  const timers = new Map<string, NodeJS.Timeout>();
  const validate = (uri: string): void => {
    timers.delete(uri);
    const textDocument = documents.get(uri);
    if (!textDocument) return;
    try {
      const doc = getDocument(uri);
      const diagnostics = settings.enable && doc ? service.computeDiagnostics(doc) : [];
      void connection.sendDiagnostics({ uri, version: textDocument.version, diagnostics });
    } catch (error) {
      connection.console.error(`Checking ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  };
  const schedule = (uri: string, delay: number): void => {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => validate(uri), delay));
  };
  const revalidateAll = (): void => {
    parsed.clear(); // framework detection depends on the globs
    for (const d of documents.all()) schedule(d.uri, 0);
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
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      },
      serverInfo: { name: 'nsx-framework-language-server' },
    };
  });

  connection.onInitialized(async () => {
    await loadSettings();
    revalidateAll();
  });

  connection.onDidChangeConfiguration(async (change) => {
    const pushed = (change.settings as { nsxFramework?: Partial<ServerSettings> } | undefined)?.nsxFramework;
    if (canPullConfiguration) await loadSettings();
    else if (pushed) settings = normalizeSettings(pushed);
    revalidateAll();
  });

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => schedule(e.document.uri, settings.validationDelay));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    parsed.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  /** Runs a request handler on the parsed framework document; never lets an error escape to the client. */
  const onDocument =
    <P extends { textDocument: { uri: string } }, R>(handler: (doc: FrameworkDocument, params: P) => R, fallback: R) =>
    (params: P): R => {
      try {
        const doc = getDocument(params.textDocument.uri);
        return doc?.isFramework && settings.enable ? handler(doc, params) : fallback;
      } catch (error) {
        connection.console.error(`Request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return fallback;
      }
    };
  void onDocument; // used by the feature handlers below

  // --- Feature handlers: look up the document, call the service, return. ---

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
      typeof v.validationDelay === 'number' && v.validationDelay >= 0 ? Math.min(v.validationDelay, 5000) : DEFAULT_SETTINGS.validationDelay,
  };
}
