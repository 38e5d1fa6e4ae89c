// The part of a folder URI that exists. Walking up a path's folders one by one costs the square of its
// length (each folder's URI is built and looked up); a document can be open at a path of thousands of
// folders that do not exist, and those hold no config file.

import { isInsideUri, uriKey } from '../core/uris';

/** The deepest folder from `dir` up to `stop` that exists, found in a number of look-ups that grows with the log of its depth. */
export async function deepestExistingFolder(dir: string, stop: string, exists: (uri: string) => Promise<boolean>): Promise<string> {
  if (!isInsideUri(stop, dir) || (await exists(dir))) return dir;
  const key = uriKey(dir);
  const top = uriKey(stop).replace(/\/$/, '');
  const cuts: number[] = [];
  for (let i = key.indexOf('/', top.length + 1); i >= 0; i = key.indexOf('/', i + 1)) cuts.push(i);
  // A folder exists only if every folder above it does: the existing ones are a prefix of the list.
  let found = -1;
  let missing = cuts.length;
  while (missing - found > 1) {
    const mid = (found + missing) >> 1;
    if (await exists(key.slice(0, cuts[mid]))) found = mid;
    else missing = mid;
  }
  return found < 0 ? stop : key.slice(0, cuts[found]);
}
