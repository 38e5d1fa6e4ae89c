// textDocument/definition: from a why-link to the heading it points to.

import { definitionLocation } from '../../features/definition';
import { goalLinkAt } from '../../features/locate';
import { linkDestination, uriToPath } from '../../node/paths';
import type { Feature } from '../server-context';

export const definition: Feature = {
  capabilities: () => ({ definitionProvider: true }),
  register(context) {
    context.connection.onDefinition(async ({ textDocument, position }) => {
      const analysis = await context.analyze(textDocument.uri);
      const file = uriToPath(textDocument.uri);
      if (!analysis?.isPlan || !file) return null;
      const link = goalLinkAt(analysis.plan, analysis.plan.lines.offsetAt(position));
      const destination = link && linkDestination(file, link);
      // Only a file the plan's links may read is opened: inside the workspace once symlinks are resolved.
      if (!destination || !context.index.admits(destination.path, file)) return null;
      const target = await context.index.file(destination.path);
      return (target && definitionLocation(target, destination)) ?? null;
    });
  },
};
