// Workspace symbols: the goals and purposes of every plan, filtered by the query.

import type { SymbolInformation } from 'vscode-languageserver';
import { folderRelativePath } from '../core/uris';
import type { IndexedFile } from './indexed-file';
import type { PlanWorkspace } from './workspace';
import { SYMBOL_KIND } from './document-symbols';

/** Every word of the query, anywhere, case-insensitively: "report priya" finds "Delegate the status report to Priya". */
export function matchesQuery(name: string, query: string): boolean {
  const n = name.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .every((word) => n.includes(word));
}

/** `container` names a file for the list (a workspace-relative path). */
export function workspaceSymbols(files: readonly IndexedFile[], query: string, container: (file: IndexedFile) => string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const file of [...files].filter((f) => f.isPlan).sort((a, b) => a.key.localeCompare(b.key))) {
    const containerName = container(file);
    for (const h of file.headings) {
      if (h.isPurpose && matchesQuery(h.text, query)) out.push({ name: h.text, kind: SYMBOL_KIND.purpose, location: { uri: file.uri, range: h.range }, containerName });
    }
    for (const g of file.goals) {
      if (matchesQuery(g.statement, query)) out.push({ name: g.statement, kind: SYMBOL_KIND.goal, location: { uri: file.uri, range: g.statementRange }, containerName });
    }
  }
  return out;
}

/** How long an answer waits for the start-up scan before it answers from the plans indexed so far. */
const SCAN_WAIT_MS = 1000;

/** workspace/symbol, each symbol under its file's path from the workspace folder. */
export async function workspaceSymbolsFor(workspace: PlanWorkspace, query: string): Promise<SymbolInformation[]> {
  return workspaceSymbols(await workspace.index.filesWithin(SCAN_WAIT_MS), query, (f) => folderRelativePath(workspace.folders, f.uri));
}
