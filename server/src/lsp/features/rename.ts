// textDocument/prepareRename and rename of purpose headings, with every why-link that follows them.

import { canRename, renameEdits } from '../../features/rename';
import type { Feature } from '../server-context';
import { indexedHeadingAt } from './heading-at';

export const rename: Feature = {
  capabilities: (client) => ({ renameProvider: client.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true }),
  register(context) {
    context.connection.onPrepareRename(async ({ textDocument, position }) => {
      const at = await indexedHeadingAt(context, textDocument.uri, position);
      if (!at || !canRename(at.heading, await context.index.linksTo(at.file.path, at.heading.slug))) return null;
      return { range: at.heading.textRange, placeholder: at.heading.text };
    });
    context.connection.onRenameRequest(async ({ textDocument, position, newName }) => {
      const at = await indexedHeadingAt(context, textDocument.uri, position, true);
      if (!at) return null;
      const linking = await context.index.linksTo(at.file.path, at.heading.slug, true);
      return canRename(at.heading, linking) ? renameEdits(at.file, at.heading, newName, linking) : null;
    });
  },
};
