// The language server's entry point on Node: `node dist/server.js --stdio` (or --node-ipc from the VS
// Code client). The connection, the Node host, and the plan service behind the LSP adapter.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createNodeHost } from './node/node-host';
import { shutdownGuard } from './lsp/param-guard';
import { startServer } from './lsp/session';

const guard = shutdownGuard();
const connection = createConnection(ProposedFeatures.all, { messageStrategy: guard.strategy });
guard.answer(connection);
startServer(connection, createNodeHost(connection.console));
