// The indexed heading under the cursor, for references and rename, in plans and other markdown files.

import type { Position } from 'vscode-languageserver';
import { headingAt } from '../../features/locate';
import type { IndexedFile, IndexedHeading } from '../../features/indexed-file';
import { uriToPath } from '../../node/paths';
import type { ServerContext } from '../server-context';

export async function indexedHeadingAt(context: ServerContext, uri: string, position: Position, verify = false): Promise<{ file: IndexedFile; heading: IndexedHeading } | undefined> {
  const analysis = await context.analyze(uri);
  const path = uriToPath(uri);
  if (!analysis || !path) return undefined;
  const heading = headingAt(analysis.plan, analysis.plan.lines.offsetAt(position));
  const file = heading && (await context.index.file(path, verify));
  const indexed = file?.headings.find((h) => h.slug === heading?.slug);
  return file && indexed ? { file, heading: indexed } : undefined;
}
