// When each line of a file last changed, from `git blame --porcelain`: local history only, with a time
// bound. Nothing (undefined) when git is missing, the file is outside a repository or not tracked.

import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { todayIso } from '../core/dates';

/** Blame of a long plan in a deep history stays well under this; past it the column is left empty. */
const TIMEOUT_MS = 5000;

// No prompts, no lock files, and no fetching of missing objects from a partial clone's remote.
const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_NO_LAZY_FETCH: '1' };

/**
 * ISO dates (local time) each 0-based line was last authored, for `text` as the file's current
 * content (an unsaved editor text is blamed against the repository, its new lines dated now).
 */
export function gitLineDates(file: string, text?: string): Promise<(string | undefined)[] | undefined> {
  return new Promise((resolve) => {
    const args = ['blame', '--porcelain', ...(text === undefined ? [] : ['--contents', '-']), '--', path.basename(file)];
    const child = execFile('git', args, { cwd: path.dirname(file), timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...GIT_ENV }, windowsHide: true }, (error, stdout) => {
      resolve(error ? undefined : parsePorcelain(stdout));
    });
    child.on('error', () => resolve(undefined));
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(text ?? '');
  });
}

/** Reads the porcelain format: a header per line, commit details the first time each commit appears. */
export function parsePorcelain(output: string): (string | undefined)[] {
  const times = new Map<string, number>();
  const dates: (string | undefined)[] = [];
  let commit = '';
  let line = -1;
  for (const row of output.split('\n')) {
    if (row.startsWith('\t')) {
      const time = times.get(commit);
      dates[line] = time === undefined ? undefined : todayIso(new Date(time * 1000));
      continue;
    }
    const header = /^([0-9a-f]{40}) \d+ (\d+)/.exec(row);
    if (header) {
      commit = header[1];
      line = Number(header[2]) - 1;
    } else if (row.startsWith('author-time ')) times.set(commit, Number(row.slice('author-time '.length)));
  }
  return dates;
}
