// The language server's entry point: `node dist/server.js --stdio` (or --node-ipc from the VS Code client).

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { shutdownGuard } from './lsp/param-guard';
import { startServer } from './lsp/session';

const guard = shutdownGuard();
const connection = createConnection(ProposedFeatures.all, { messageStrategy: guard.strategy });
guard.answer(connection);
startServer(connection);
