// Go to definition: from a why-link to the heading (or file) it points to, in this plan or another file.

import type { DefinitionParams, Location } from 'vscode-languageserver';
import { linkBase } from '../core/uris';
import type { IndexedFile } from './indexed-file';
import { goalLinkAt, linkDestination, type LinkDestination } from './locate';
import type { PlanWorkspace } from './workspace';

export function definitionLocation(file: IndexedFile, destination: LinkDestination): Location | undefined {
  if (destination.slug === undefined) return { uri: file.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  const heading = file.headings.find((h) => h.slug === destination.slug);
  return heading && { uri: file.uri, range: heading.range };
}

/** textDocument/definition from a why-link. */
export async function definition(workspace: PlanWorkspace, { textDocument: { uri }, position }: DefinitionParams): Promise<Location | null> {
  const analysis = await workspace.analyze(uri);
  if (!analysis?.isPlan) return null;
  const link = goalLinkAt(analysis.plan, analysis.plan.lines.offsetAt(position));
  const destination = link && linkDestination(uri, linkBase(uri, workspace.folders), link);
  // Only a file the plan's links may read is opened: inside the workspace once symlinks are resolved.
  if (!destination || !(await workspace.index.admits(destination.uri, uri))) return null;
  const target = await workspace.index.file(destination.uri);
  return (target && definitionLocation(target, destination)) ?? null;
}
