// Rename a purpose heading: the heading text changes, and every why-link to it in the workspace
// follows the new GitHub slug (`#old` in the same plan, `file.md#old` elsewhere).

import GithubSlugger from 'github-slugger';
import type { PrepareRenameParams, Range, RenameParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { IndexedFile, IndexedHeading, LinkingGoal } from './indexed-file';
import { indexedHeadingAt } from './locate';
import type { PlanWorkspace } from './workspace';

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

/** textDocument/prepareRename: the heading text, when the heading can be renamed. */
export async function prepareRename(workspace: PlanWorkspace, { textDocument: { uri }, position }: PrepareRenameParams): Promise<{ range: Range; placeholder: string } | null> {
  const at = await indexedHeadingAt(workspace, uri, position);
  if (!at || !canRename(at.heading, await workspace.index.linksTo(at.file.uri, at.heading.slug))) return null;
  return { range: at.heading.textRange, placeholder: at.heading.text };
}

/** textDocument/rename, on files re-read if they changed, so the edits land exactly. */
export async function rename(workspace: PlanWorkspace, { textDocument: { uri }, position, newName }: RenameParams): Promise<WorkspaceEdit | null> {
  const at = await indexedHeadingAt(workspace, uri, position, true);
  if (!at) return null;
  const linking = await workspace.index.linksTo(at.file.uri, at.heading.slug, true);
  return canRename(at.heading, linking) ? renameEdits(at.file, at.heading, newName, linking) : null;
}
