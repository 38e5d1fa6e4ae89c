// Workspace symbols: the goals and purposes of every plan, filtered by the query.

import type { SymbolInformation } from 'vscode-languageserver';
import type { IndexedFile } from './indexed-file';
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
  for (const file of [...files].filter((f) => f.isPlan).sort((a, b) => a.path.localeCompare(b.path))) {
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
