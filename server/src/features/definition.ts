// Go to definition: from a why-link to the heading (or file) it points to, in this plan or another file.

import type { Location } from 'vscode-languageserver';
import type { IndexedFile } from './indexed-file';
import type { LinkDestination } from './locate';

export function definitionLocation(file: IndexedFile, destination: LinkDestination): Location | undefined {
  if (destination.slug === undefined) return { uri: file.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  const heading = file.headings.find((h) => h.slug === destination.slug);
  return heading && { uri: file.uri, range: heading.range };
}
