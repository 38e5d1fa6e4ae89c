// workspace/symbol: goals and purposes of every plan in the workspace.

import * as path from 'node:path';
import { workspaceSymbols as symbols } from '../../features/workspace-symbols';
import type { Feature } from '../session';

export const workspaceSymbols: Feature = {
  capabilities: () => ({ workspaceSymbolProvider: true }),
  register(context) {
    context.connection.onWorkspaceSymbol(async ({ query }) => {
      const relative = (file: string): string => {
        const root = context.roots.find((r) => !path.relative(r, file).startsWith('..'));
        return (root ? path.relative(root, file) : path.basename(file)).split(path.sep).join('/');
      };
      return symbols(await context.index.files(), query, (f) => relative(f.path));
    });
  },
};
