// `mentoring-plans new NAME`: a new plan from the template, never over an existing file.

import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { planTemplate, toText } from '../data/templates';

export function planFileName(name: string): string {
  return /\.plan\.md$/i.test(name) ? name : `${name.replace(/\.md$/i, '')}.plan.md`;
}

/** Why NAME is not a plain name for a plan in the current folder; undefined when it is one. */
export function nameProblem(name: string): string | undefined {
  const bare = name.replace(/\.plan\.md$/i, '').replace(/\.md$/i, '');
  if (bare.trim() === '') return 'new needs a name for the plan, such as: mentoring-plans new priya';
  if (/[\\/]/.test(name) || path.isAbsolute(name)) return `"${name}" is a path; new takes a plain name and writes the plan in the current folder, such as: mentoring-plans new priya`;
  if (/^\.+$/.test(bare) || /[\0-\x1f]/.test(name)) return `"${name}" cannot be a file name; use the mentee's name, such as: mentoring-plans new priya`;
  return undefined;
}

/** The mentee's name as the plan shows it: the file's name without folders or extension. */
export function menteeName(name: string): string {
  return path.basename(name).replace(/(\.plan)?\.md$/i, '');
}

/** Writes the plan; returns an error line instead of throwing. */
export function newPlan(name: string, cwd: string, today: string): { file: string } | { error: string } {
  const problem = nameProblem(name);
  if (problem) return { error: problem };
  const file = path.resolve(cwd, planFileName(name));
  try {
    writeFileSync(file, toText(planTemplate({ mentee: menteeName(name), started: today })), { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return { error: `${planFileName(name)} already exists; it was left as it is.` };
    if (code === 'ENOENT') return { error: `The folder for ${planFileName(name)} does not exist.` };
    return { error: `Cannot write ${planFileName(name)} (${code ?? String(error)}).` };
  }
  return { file };
}
