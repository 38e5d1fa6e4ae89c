// Find references: every goal, in every plan of the workspace, whose why-link leads to a heading.

import type { Location } from 'vscode-languageserver';
import type { IndexedFile, IndexedHeading, LinkingGoal } from './indexed-file';

export function referenceLocations(file: IndexedFile, heading: IndexedHeading, linking: readonly LinkingGoal[], includeDeclaration: boolean): Location[] {
  const links = linking.map(({ file: from, link }) => ({ uri: from.uri, range: link.range }));
  return includeDeclaration ? [{ uri: file.uri, range: heading.range }, ...links] : links;
}
