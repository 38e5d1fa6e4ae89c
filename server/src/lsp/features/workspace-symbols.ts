// workspace/symbol: goals and purposes of every plan in the workspace.

import { workspaceSymbols as symbols } from '../../features/workspace-symbols';
import { workspaceRelativePath } from '../../node/paths';
import type { Feature } from '../server-context';

/** How long an answer waits for the start-up scan before it answers from the plans indexed so far. */
const SCAN_WAIT_MS = 1000;

export const workspaceSymbols: Feature = {
  capabilities: () => ({ workspaceSymbolProvider: true }),
  register(context) {
    context.connection.onWorkspaceSymbol(async ({ query }) => {
      return symbols(await context.index.filesWithin(SCAN_WAIT_MS), query, (f) => workspaceRelativePath(context.roots, f.path));
    });
  },
};
