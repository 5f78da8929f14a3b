/** "Export Framework as HTML": the preview as a standalone page (inline CSS, no scripts), saved next to the source. */
import { commands, Uri, window, workspace, type Disposable, type ExtensionContext } from 'vscode';
import { renderStandaloneHtml } from '../../../common/preview/page';
import type { RenderFn } from './manager';

/** `x.framework.json` → `x.framework.html`, next to the source. */
export function exportTarget(source: Uri): Uri {
  const name = source.path.slice(source.path.lastIndexOf('/') + 1).replace(/\.(json|md)$/i, '') + '.html';
  return Uri.joinPath(source, '..', name);
}

export function registerExportCommand(context: ExtensionContext, render: RenderFn): Disposable {
  return commands.registerCommand('nsxFramework.exportHtml', async (source?: Uri, target?: Uri) => {
    const uri = source ?? window.activeTextEditor?.document.uri;
    if (!uri) {
      void window.showInformationMessage('Open a framework file (JSON or Markdown) to export it.');
      return undefined;
    }
    const result = await render(uri.toString());
    if (!result) {
      void window.showWarningMessage('This file is not a framework file, so there is nothing to export.');
      return undefined;
    }
    if (result.kind === 'error') {
      void window.showErrorMessage(`Cannot export: line ${result.line + 1}: ${result.message}`);
      return undefined;
    }
    const css = new TextDecoder().decode(await workspace.fs.readFile(Uri.joinPath(context.extensionUri, 'media', 'preview.css')));
    const destination =
      target ?? (await window.showSaveDialog({ defaultUri: exportTarget(uri), filters: { HTML: ['html'] }, saveLabel: 'Export' }));
    if (!destination) return undefined;
    await workspace.fs.writeFile(destination, new TextEncoder().encode(renderStandaloneHtml(result, css)));
    void window.showInformationMessage(`Exported the framework to ${destination.fsPath}`);
    return destination;
  });
}
