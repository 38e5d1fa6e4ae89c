// The plan service's host on Node (the stdio/IPC language server): files through the read gate,
// folders watched with fs.watch, line dates from git, time slices between event-loop turns. URIs come
// in and go out; paths exist only in here.

import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { todayIso } from '../core/dates';
import type { Disposable, HostLogger, HostRead, HostStat, PlanHost } from '../service/host';
import { gitLineDates } from './git-blame';
import { uriToPath } from './paths';
import { readPlanFile, refusalReason } from './read-gate';

/** Folders no editor shows and no plan lives in. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const FOUND = /\.md$|^\.mentoring-plans\.json$/i;

const NOTHING: Disposable = { dispose: () => undefined };

export function createNodeHost(log: HostLogger): PlanHost {
  return {
    log,
    async readFile(uri, maxBytes, within): Promise<HostRead> {
      const file = uriToPath(uri);
      if (!file) return { kind: 'missing' };
      const read = readPlanFile(file, within.flatMap((w) => uriToPath(w) ?? []), maxBytes);
      if (read.kind === 'text') return { kind: 'text', text: read.bytes.toString('utf8') };
      if (read.kind === 'too-large') return { kind: 'too-large', size: read.size, head: read.head.toString('utf8') };
      const { place } = read;
      return place.kind === 'outside' || place.kind === 'missing' ? { kind: place.kind } : { kind: 'refused', reason: refusalReason(place) };
    },
    async stat(uri): Promise<HostStat | undefined> {
      const file = uriToPath(uri);
      if (!file) return undefined;
      try {
        const s = await stat(file);
        return { type: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', size: s.size, mtime: s.mtimeMs };
      } catch {
        return undefined;
      }
    },
    async findFiles(folderUri) {
      const root = uriToPath(folderUri);
      const found: string[] = [];
      const pending = root ? [root] : [];
      while (pending.length > 0) {
        const dir = pending.pop()!;
        let children;
        try {
          children = await readdir(dir, { withFileTypes: true });
        } catch {
          continue;
        }
        for (const child of children) {
          const full = path.join(dir, child.name);
          if (child.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(child.name)) pending.push(full);
          } else if (child.isFile() && FOUND.test(child.name)) found.push(pathToFileURL(full).href);
        }
      }
      return found;
    },
    watch(folderUri, onChange): Disposable {
      const dir = uriToPath(folderUri);
      if (!dir) return NOTHING;
      let watcher: FSWatcher | undefined;
      try {
        watcher = watch(dir, { persistent: false }, (_event, name) => onChange(name === null ? folderUri : pathToFileURL(path.join(dir, String(name))).href));
        watcher.on('error', () => watcher?.close());
      } catch {
        // A folder that cannot be watched (gone, or out of watch handles) is read again on the next settings change.
        return NOTHING;
      }
      return { dispose: () => watcher?.close() };
    },
    today: () => todayIso(),
    yieldSlice: () => new Promise((resolve) => setImmediate(resolve)),
    async lineDates(uri, text) {
      const file = uriToPath(uri);
      return file ? gitLineDates(file, text) : undefined;
    },
  };
}
