// Which markdown files are plans: front matter says so, or the path matches the configured globs.

import picomatch from 'picomatch';
import type { FrontMatter } from './model';

/** Front matter marks a plan with `type: mentoring-plan` or `mentoring-plan: true`. */
export function frontMatterMarksPlan(frontMatter: FrontMatter | undefined): boolean {
  if (!frontMatter) return false;
  const { data } = frontMatter;
  if (String(data.type ?? '').trim().toLowerCase() === 'mentoring-plan' || data['mentoring-plan'] === true) return true;
  // Broken YAML still shows the mentor's intent; the plan then gets its invalid-front-matter report.
  return !!frontMatter.error && /^\s*(?:type:\s*["']?mentoring-plan["']?|mentoring-plan:\s*true)\s*$/im.test(frontMatter.raw);
}

const matcherCache = new Map<string, (path: string) => boolean>();

/** Matches a path (relative, forward slashes) against globs; `**` patterns also match at the root. */
export function matchesGlobs(relativePath: string, globs: readonly string[]): boolean {
  const key = globs.join('\0');
  let match = matcherCache.get(key);
  if (!match) {
    match = globs.length === 0 ? () => false : picomatch([...globs], { dot: true, nocase: true });
    if (matcherCache.size > 50) matcherCache.clear();
    matcherCache.set(key, match);
  }
  return match(relativePath.replace(/\\/g, '/').replace(/^\.\//, ''));
}
