// The editor features, one file each; the session merges their capabilities and registers them.

import type { Feature } from '../server-context';
import { checkWorkspace } from './check-workspace';
import { codeActions } from './code-actions';
import { codeLens } from './code-lens';
import { completion } from './completion';
import { definition } from './definition';
import { documentSymbols } from './document-symbols';
import { hover } from './hover';
import { planStatus } from './plan-status';
import { overview } from './overview';
import { references } from './references';
import { rename } from './rename';
import { workspaceSymbols } from './workspace-symbols';

export const FEATURES: readonly Feature[] = [
  hover,
  definition,
  references,
  rename,
  documentSymbols,
  workspaceSymbols,
  codeLens,
  codeActions,
  completion,
  checkWorkspace,
  planStatus,
  overview,
];
