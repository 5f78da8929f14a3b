/**
 * Entry point of the language server. The extension starts it over IPC; any LSP client can start it with
 * `node dist/server.js --stdio` (or `--node-ipc`, `--socket=N`).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
startServer(connection);
