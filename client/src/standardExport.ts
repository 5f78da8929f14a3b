/**
 * "Export Framework as CASE 1.1…", "Export Framework as CTDL-ASN…" and "Convert CASE Package to Framework": the
 * server exports or imports (pure functions of the core); here the result is saved where the user says (exports)
 * or beside the package (import, never overwriting a file without asking).
 */
import * as path from 'node:path';
import { commands, Uri, window, workspace, type Disposable } from 'vscode';
import type { StartedClient } from './startedClient';
import {
  ExportRequest,
  ImportCaseRequest,
  type ConvertResponse,
  type ExportParams,
  type ExportResponse,
  type ExportTarget,
  type ImportCaseParams,
} from '../../common/protocol';

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
  const document = source instanceof Uri ? await workspace.openTextDocument(source) : window.activeTextEditor?.document;
  if (!document) {
    void window.showInformationMessage('Open a framework file (JSON or Markdown) to export it.');
    return undefined;
  }
  const running = await client().catch(() => undefined);
  if (!running) {
    void window.showErrorMessage('The NSX framework language server is not running.');
    return undefined;
  }
  const baseUri = workspace.getConfiguration('nsxFramework', document.uri).get<string>('exportBaseUri', '').trim();
  const params: ExportParams = { textDocument: { uri: document.uri.toString() }, target, baseUri };
  const result = await running.sendRequest<ExportResponse>(ExportRequest.method, params);
  const format = FORMATS[target];
  if ('error' in result) {
    void window.showErrorMessage(`Cannot export ${path.posix.basename(document.uri.path)} as ${format.name}: ${result.error}`);
    return undefined;
  }
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
  await workspace.fs.writeFile(file, new TextEncoder().encode(result.text));
  void window.showInformationMessage(`Exported the framework as ${format.name} to ${file.fsPath}`);
  return file;
}

/** "Convert CASE Package to Framework": the framework JSON beside the package, then opened. */
async function importPackage(client: StartedClient, uri: Uri | undefined): Promise<void> {
  const document = uri instanceof Uri ? await workspace.openTextDocument(uri) : window.activeTextEditor?.document;
  if (!document) {
    void window.showInformationMessage('Open a CASE package (*.case.json) exported by this extension to convert it.');
    return;
  }
  const running = await client().catch(() => undefined);
  if (!running) {
    void window.showErrorMessage('The NSX framework language server is not running.');
    return;
  }
  const params: ImportCaseParams = { text: document.getText(), target: 'json' };
  const result = await running.sendRequest<ConvertResponse>(ImportCaseRequest.method, params);
  if ('error' in result) {
    void window.showErrorMessage(`Cannot convert ${path.posix.basename(document.uri.path)}: ${result.error}`);
    return;
  }
  if (document.isUntitled) {
    await window.showTextDocument(await workspace.openTextDocument({ language: 'json', content: result.text }), { preview: false });
    return;
  }
  const destination = document.uri.with({ path: importTargetPath(document.uri.path) });
  if (await exists(destination)) {
    const overwrite = 'Overwrite';
    const answer = await window.showWarningMessage(
      `${path.posix.basename(destination.path)} already exists. Overwrite it with the framework from the CASE package?`,
      { modal: true },
      overwrite,
    );
    if (answer !== overwrite) return;
  }
  await workspace.fs.writeFile(destination, new TextEncoder().encode(result.text));
  await window.showTextDocument(destination, { preview: false });
}

async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
