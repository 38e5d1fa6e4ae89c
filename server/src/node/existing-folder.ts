// The part of a folder path that exists on disk. Walking up a path's folders one by one costs the square
// of its length (each folder's path is built and looked up); a document can be open at a path of
// thousands of folders that do not exist, and those hold no config file.

import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { isInside } from './paths';

/** The deepest folder from `dir` up to `stop` that exists, found in a number of look-ups that grows with the log of its depth. */
export function deepestExistingFolder(dir: string, stop: string): string {
  if (!isInside(stop, dir) || existsSync(dir)) return dir;
  const cuts: number[] = [];
  for (let i = dir.indexOf(path.sep, stop.length + 1); i >= 0; i = dir.indexOf(path.sep, i + 1)) cuts.push(i);
  // A folder exists only if every folder above it does: the existing ones are a prefix of the list.
  let found = -1;
  let missing = cuts.length;
  while (missing - found > 1) {
    const mid = (found + missing) >> 1;
    if (existsSync(dir.slice(0, cuts[mid]))) found = mid;
    else missing = mid;
  }
  return found < 0 ? stop : dir.slice(0, cuts[found]);
}
