/** How the commands and views reach the language client that activation starts in the background. */
import type { LanguageClient } from 'vscode-languageclient/node';

/** The running language client, once it has started; rejects when it cannot start. */
export type StartedClient = () => Promise<LanguageClient>;
