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

/**
 * picomatch turns every `*` into a loop its regular expression may backtrack through, so the time to match
 * one path grows with its length to the power of the loops that can share it: `*a*a*a*b` against a long
 * name takes seconds. The loops of one name, and the `**` that can share a path's folders, are bounded.
 */
const MAX_STARS_PER_NAME = 2;
const MAX_GLOBSTARS = 2;
const MAX_GLOB_LENGTH = 1000;

/** Why a `files` or `ignore` glob cannot be used, in words for the config's author; undefined when it can. */
export function globProblem(glob: string): string | undefined {
  if (glob.length > MAX_GLOB_LENGTH) return `This glob is ${glob.length} characters long; at most ${MAX_GLOB_LENGTH} are matched.`;
  if (/[*+!@?]\(/.test(glob)) return `Patterns like "+(…)" and "*(…)" are not matched; list the names instead, such as "{a,b}*.md".`;
  // Consecutive `**` segments match as one.
  const names = glob.split('/').filter((name, i, all) => !(name === '**' && all[i - 1] === '**'));
  const globstars = names.filter((name) => name === '**').length;
  if (globstars > MAX_GLOBSTARS) return `This glob has ${globstars} "**"; at most ${MAX_GLOBSTARS} can be matched in reasonable time, such as "plans/**/*.plan.md".`;
  const stars = Math.max(0, ...names.filter((name) => name !== '**').map((name) => name.match(/\*+/g)?.length ?? 0));
  if (stars > MAX_STARS_PER_NAME) return `This glob has ${stars} "*" in one folder or file name; at most ${MAX_STARS_PER_NAME} can be matched in reasonable time, such as "*-plan-*.md".`;
  return undefined;
}

const matcherCache = new Map<string, (path: string) => boolean>();

/**
 * Matches a path (relative, forward slashes) against globs; `**` patterns also match at the root. Globs
 * with a globProblem never match: the config readers report them.
 */
export function matchesGlobs(relativePath: string, globs: readonly string[]): boolean {
  const key = globs.join('\0');
  let match = matcherCache.get(key);
  if (!match) {
    const usable = globs.filter((g) => !globProblem(g));
    match = usable.length === 0 ? () => false : picomatch(usable, { dot: true, nocase: true });
    if (matcherCache.size > 50) matcherCache.clear();
    matcherCache.set(key, match);
  }
  return match(relativePath.replace(/\\/g, '/').replace(/^\.\//, ''));
}
