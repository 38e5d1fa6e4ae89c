// `mentoring-plans agenda PLAN`: what to bring to the next session with the plan's mentee, as markdown.

import * as path from 'node:path';
import { planAgenda } from '../features/agenda';
import { EXIT_OK, EXIT_USAGE } from './check';
import { CliConfigs } from './configs';
import { gitDatesOf, readPlanOverview } from './plan-overviews';
import { errorLine } from './report';

export interface AgendaOptions {
  readonly plan: string;
  readonly cwd: string;
  readonly today: string;
  readonly configPath?: string;
}

export async function agendaCommand(options: AgendaOptions, out: { stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number> {
  const file = path.resolve(options.cwd, options.plan);
  const configs = new CliConfigs(options.cwd, options.configPath);
  const read = readPlanOverview(file, options.cwd, options.today, configs, (await gitDatesOf([file])).get(file));
  const problems = [...configs.errors, ...(read && 'message' in read ? [read] : [])];
  if (!read) problems.push({ path: options.plan, message: 'This file is not a mentoring plan (no type: mentoring-plan front matter, and its name matches none of the plan globs).' });
  for (const e of problems) out.stderr(`mentoring-plans: ${errorLine(e)}\n`);
  if (!read || 'message' in read) return EXIT_USAGE;
  out.stdout(planAgenda({ plan: read.plan, overview: read.overview, config: read.config, today: options.today }).markdown);
  return problems.length > 0 ? EXIT_USAGE : EXIT_OK;
}
