// Reads plans from disk into their overviews for `report` and `agenda`: the same check as `check`
// (config files, why-links inside the plan's repository), each file's problem its own input error.

import { pathToFileURL } from 'node:url';
import { checkDocument } from '../core/check';
import type { CheckConfig } from '../core/config';
import type { Plan } from '../core/model';
import { DEFAULT_MAX_FILE_SIZE, tooLargeMessage } from '../core/size-limit';
import type { CaseloadPlan } from '../features/caseload';
import { planOverview } from '../features/overview';
import { gitLineDates } from '../node/git-blame';
import { readPlanFile } from '../node/read-gate';
import { planBoundary, planLinkResolver, refusedMessage } from './check-file';
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
  const where = displayPath(cwd, file);
  const settings = { cwd, today };
  // Through the same gate as check: never a FIFO, a device, a file outside the repository, or more than the limit.
  const read = readPlanFile(file, [planBoundary(file, settings)], DEFAULT_MAX_FILE_SIZE);
  if (read.kind === 'refused') return { path: where, message: refusedMessage(read.place) };
  if (read.kind === 'too-large') return { path: where, message: tooLargeMessage(read.size, DEFAULT_MAX_FILE_SIZE, 'the limit of mentoring-plans check --max-file-size') };
  const text = read.bytes.toString('utf8').replace(/^\uFEFF/, '');
  const { config, relativePath } = configs.for(file);
  const resolveLink = planLinkResolver(file, settings, { config, relativePath });
  const result = checkDocument(text, { config, today, relativePath, resolveLink });
  if (!result.isPlan) return undefined;
  const overview = planOverview({ uri: pathToFileURL(file).href, plan: result.plan, findings: result.findings, properties: result.properties, config, today, lineDates });
  return { plan: result.plan, config, overview: { ...overview, path: where } };
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
