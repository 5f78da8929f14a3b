/** The framework preview: registers the preview and export commands and the context key their menus use. */
import type { ExtensionContext } from 'vscode';
import type { StartedClient } from '../startedClient';
import { RenderRequest, type RenderParams, type RenderResponse } from '../../../shared/protocol';
import { trackFrameworkContext } from './context';
import { registerExportCommand } from './export';
import { PreviewManager, type RenderFn } from './manager';

export function registerPreview(context: ExtensionContext, client: StartedClient): void {
  const render: RenderFn = async (uri) =>
    (await client()).sendRequest<RenderResponse>(RenderRequest.method, { textDocument: { uri } } satisfies RenderParams);
  context.subscriptions.push(new PreviewManager(context, render), registerExportCommand(context, render), trackFrameworkContext());
}
