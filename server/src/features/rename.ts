// Rename a purpose heading: the heading text changes, and every why-link to it in the workspace
// follows the new GitHub slug (`#old` in the same plan, `file.md#old` elsewhere).

import GithubSlugger from 'github-slugger';
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { IndexedFile, IndexedHeading, LinkingGoal } from './indexed-file';

/** Purposes can be renamed, and any other heading that goals link to (an aims file, say). */
export function canRename(heading: IndexedHeading, linking: readonly LinkingGoal[]): boolean {
  return heading.isPurpose || linking.length > 0;
}

/** The heading's slug once renamed: slugs are numbered in document order, so the others count. */
export function slugAfterRename(file: IndexedFile, heading: IndexedHeading, newName: string): string {
  const slugger = new GithubSlugger();
  let slug = '';
  for (const h of file.headings) {
    const s = slugger.slug(h === heading ? newName : h.text);
    if (h === heading) slug = s;
  }
  return slug;
}

export function renameEdits(file: IndexedFile, heading: IndexedHeading, newName: string, linking: readonly LinkingGoal[]): WorkspaceEdit {
  const name = newName.trim();
  const slug = slugAfterRename(file, heading, name);
  const changes: Record<string, TextEdit[]> = { [file.uri]: [{ range: heading.textRange, newText: name }] };
  for (const { file: from, link } of linking) {
    if (!link.fragmentRange) continue;
    const edits = (changes[from.uri] ??= []);
    // Reference-style links share one definition; edit it once.
    if (!edits.some((e) => sameRange(e.range, link.fragmentRange!))) edits.push({ range: link.fragmentRange, newText: slug });
  }
  return { changes };
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
