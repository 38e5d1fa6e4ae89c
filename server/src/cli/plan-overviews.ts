// Reads plans from disk into their overviews for `report` and `agenda`: the same check as `check`
// (config files, why-links inside the plan's repository), each file's problem its own input error.

import { pathToFileURL } from 'node:url';
import type { CheckConfig } from '../core/config';
import type { Plan } from '../core/model';
import type { CaseloadPlan } from '../features/caseload';
import { planOverview } from '../features/overview';
import { gitLineDates } from '../node/git-blame';
import { checkFileDocument } from './check-file';
import type { CliConfigs } from './configs';
import { displayPath } from './inputs';
import type { InputError } from './report';

export interface ReadPlan {
  readonly plan: Plan;
  readonly config: CheckConfig;
  readonly overview: CaseloadPlan;
}

/** The plan's overview; undefined when the file is not a plan; an input error when it cannot be read. */
export function readPlanOverview(file: string, cwd: string, today: string, configs: CliConfigs, lineDates?: readonly (string | undefined)[]): ReadPlan | InputError | undefined {
  // The same read and check as `check`: through the read gate, with the plan's config and link boundary.
  const { outcome, document } = checkFileDocument(file, { cwd, today }, configs);
  if (!document) return outcome.errors[0];
  const { config } = configs.for(file);
  const overview = planOverview({ uri: pathToFileURL(file).href, plan: document.plan, findings: document.findings, properties: document.properties, config, today, lineDates });
  return { plan: document.plan, config, overview: { ...overview, path: displayPath(cwd, file) } };
}

/** A few git processes at a time: blame is mostly waiting on the disk. */
const GIT_CONCURRENCY = 4;

/** When each line of each file last changed, for the files in a git repository. */
export async function gitDatesOf(files: readonly string[]): Promise<Map<string, (string | undefined)[]>> {
  const dates = new Map<string, (string | undefined)[]>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++];
      const found = await gitLineDates(file);
      if (found) dates.set(file, found);
    }
  };
  await Promise.all(Array.from({ length: Math.min(GIT_CONCURRENCY, files.length) }, worker));
  return dates;
}
