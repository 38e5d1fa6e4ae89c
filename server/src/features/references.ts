// Find references: every goal, in every plan of the workspace, whose why-link leads to a heading.

import type { Location, ReferenceParams } from 'vscode-languageserver';
import type { IndexedFile, IndexedHeading, LinkingGoal } from './indexed-file';
import { indexedHeadingAt } from './locate';
import type { PlanWorkspace } from './workspace';

export function referenceLocations(file: IndexedFile, heading: IndexedHeading, linking: readonly LinkingGoal[], includeDeclaration: boolean): Location[] {
  const links = linking.map(({ file: from, link }) => ({ uri: from.uri, range: link.range }));
  return includeDeclaration ? [{ uri: file.uri, range: heading.range }, ...links] : links;
}

/** textDocument/references on a heading. */
export async function references(workspace: PlanWorkspace, { textDocument: { uri }, position, context: { includeDeclaration } }: ReferenceParams): Promise<Location[] | null> {
  const at = await indexedHeadingAt(workspace, uri, position);
  if (!at) return null;
  return referenceLocations(at.file, at.heading, await workspace.index.linksTo(at.file.uri, at.heading.slug), includeDeclaration);
}
