/** The framework preview: registers the preview and export commands and the context key their menus use. */
import type { ExtensionContext, Uri } from 'vscode';
import type { StartedClient } from '../startedClient';
import { RenderRequest, type RenderParams, type RenderResponse } from '../../../common/protocol';
import { trackFrameworkContext } from './context';
import { registerExportCommand } from './export';
import { PreviewManager, type RenderFn } from './manager';

/** Registers the preview; returns the framework document of the focused preview, for commands on its toolbar. */
export function registerPreview(context: ExtensionContext, client: StartedClient): () => Uri | undefined {
  const render: RenderFn = async (uri) =>
    (await client()).sendRequest<RenderResponse>(RenderRequest.method, { textDocument: { uri } } satisfies RenderParams);
  const manager = new PreviewManager(context, render);
  context.subscriptions.push(manager, registerExportCommand(context, render), trackFrameworkContext());
  return () => manager.activeSource();
}
