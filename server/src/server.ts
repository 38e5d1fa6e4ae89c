// The language server's entry point: `node dist/server.js --stdio` (or --node-ipc from the VS Code client).

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/session';

startServer(createConnection(ProposedFeatures.all));
