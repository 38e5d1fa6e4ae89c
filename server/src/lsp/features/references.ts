// textDocument/references on a heading: the goals across the workspace that link to it.

import { referenceLocations } from '../../features/references';
import type { Feature } from '../server-context';
import { indexedHeadingAt } from './heading-at';

export const references: Feature = {
  capabilities: () => ({ referencesProvider: true }),
  register(context) {
    context.connection.onReferences(async ({ textDocument, position, context: { includeDeclaration } }) => {
      const at = await indexedHeadingAt(context, textDocument.uri, position);
      if (!at) return null;
      return referenceLocations(at.file, at.heading, await context.index.linksTo(at.file.path, at.heading.slug), includeDeclaration);
    });
  },
};
