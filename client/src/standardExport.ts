/**
 * "Export Framework as CASE 1.1…", "Export Framework as CTDL-ASN…" and "Convert CASE Package to Framework": the
 * server exports or imports (pure functions of the core); here the result is saved where the user says (exports)
 * or beside the package (import, never overwriting a file without asking).
 */
import * as path from 'node:path';
import { commands, Uri, window, workspace, type Disposable } from 'vscode';
import { commandDocument, openConverted, requestText } from './commandSupport';
import type { StartedClient } from './startedClient';
import { ExportRequest, ImportCaseRequest, type ExportParams, type ExportTarget, type ImportCaseParams } from '../../common/protocol';

const FORMATS: Record<ExportTarget, { name: string; suffix: string; filters: Record<string, string[]> }> = {
  case: { name: 'CASE 1.1', suffix: '.case.json', filters: { 'CASE package': ['json'] } },
  'ctdl-asn': { name: 'CTDL-ASN', suffix: '.ctdl.jsonld', filters: { 'JSON-LD': ['jsonld', 'json'] } },
};

/** A framework file's name without its form's suffix: `x.framework.json` → `x`. */
export function frameworkBaseName(sourcePath: string): string {
  return path.posix.basename(sourcePath).replace(/(\.framework)?\.(json|jsonc|md|markdown)$/i, '');
}

/** Where an export is offered by default: beside the source, `<name>.case.json` or `<name>.ctdl.jsonld`. */
export function exportDefaultPath(sourcePath: string, target: ExportTarget): string {
  return path.posix.join(path.posix.dirname(sourcePath), frameworkBaseName(sourcePath) + FORMATS[target].suffix);
}

/** Where "Convert CASE Package to Framework" writes: `x.case.json` → `x.framework.json`, beside it. */
export function importTargetPath(packagePath: string): string {
  const base = path.posix.basename(packagePath).replace(/(\.case)?\.json$/i, '');
  return path.posix.join(path.posix.dirname(packagePath), `${base}.framework.json`);
}

/**
 * Registers the three commands. `previewSource` gives the framework of the focused preview, so the commands work
 * from the preview's toolbar, where no text editor is active.
 */
export function registerStandardExportCommands(client: StartedClient, previewSource: () => Uri | undefined): Disposable[] {
  const exportAs = (target: ExportTarget) => (source?: Uri, destination?: Uri) =>
    exportFramework(client, target, source instanceof Uri ? source : previewSource(), destination);
  return [
    commands.registerCommand('nsxFramework.exportCase', exportAs('case')),
    commands.registerCommand('nsxFramework.exportCtdlAsn', exportAs('ctdl-asn')),
    commands.registerCommand('nsxFramework.convertCasePackage', (uri?: Uri) => importPackage(client, uri)),
  ];
}

/**
 * Exports the framework `source` (or the active editor's) as `target`, to `destination` when given (the same path
 * the save dialog's answer takes), else where the user picks. Returns the written file.
 */
async function exportFramework(
  client: StartedClient,
  target: ExportTarget,
  source: Uri | undefined,
  destination: Uri | undefined,
): Promise<Uri | undefined> {
  const document = await commandDocument(source, 'Open a framework file (JSON or Markdown) to export it.');
  if (!document) return undefined;
  const format = FORMATS[target];
  const params = (): ExportParams => ({
    textDocument: { uri: document.uri.toString() },
    target,
    baseUri: workspace.getConfiguration('nsxFramework', document.uri).get<string>('exportBaseUri', '').trim(),
  });
  const failure = `Cannot export ${path.posix.basename(document.uri.path)} as ${format.name}`;
  const text = await requestText(client, ExportRequest.method, params, failure);
  if (text === undefined) return undefined;
  const defaultUri = document.isUntitled
    ? Uri.file(path.join(workspace.workspaceFolders?.[0]?.uri.fsPath ?? '', `framework${format.suffix}`))
    : document.uri.with({ path: exportDefaultPath(document.uri.path, target) });
  const file =
    destination instanceof Uri
      ? destination
      : await window.showSaveDialog({
          defaultUri,
          filters: format.filters,
          saveLabel: 'Export',
          title: `Export Framework as ${format.name}`,
        });
  if (!file) return undefined;
  await workspace.fs.writeFile(file, new TextEncoder().encode(text));
  void window.showInformationMessage(`Exported the framework as ${format.name} to ${file.fsPath}`);
  return file;
}

/** "Convert CASE Package to Framework": the framework JSON beside the package, then opened. */
async function importPackage(client: StartedClient, uri: Uri | undefined): Promise<void> {
  const document = await commandDocument(uri, 'Open a CASE package (*.case.json) exported by this extension to convert it.');
  if (!document) return;
  const params = (): ImportCaseParams => ({ text: document.getText(), target: 'json' });
  const text = await requestText(client, ImportCaseRequest.method, params, `Cannot convert ${path.posix.basename(document.uri.path)}`);
  if (text === undefined) return;
  await openConverted(document, text, {
    language: 'json',
    destinationPath: importTargetPath,
    overwriteQuestion: 'Overwrite it with the framework from the CASE package?',
  });
}
