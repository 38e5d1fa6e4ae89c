// workspace/symbol: goals and purposes of every plan in the workspace.

import { workspaceSymbols as symbols } from '../../features/workspace-symbols';
import { workspaceRelativePath } from '../../node/paths';
import type { Feature } from '../server-context';

export const workspaceSymbols: Feature = {
  capabilities: () => ({ workspaceSymbolProvider: true }),
  register(context) {
    context.connection.onWorkspaceSymbol(async ({ query }) => {
      return symbols(await context.index.files(), query, (f) => workspaceRelativePath(context.roots, f.path));
    });
  },
};
