// Reads plans from disk into their overviews for `report` and `agenda`: the same check as `check`
// (config files, why-links inside the current folder), each file's problem its own input error.

import { pathToFileURL } from 'node:url';
import { checkDocument } from '../core/check';
import type { CheckConfig } from '../core/config';
import type { Plan } from '../core/model';
import { DEFAULT_MAX_FILE_SIZE, tooLarge, tooLargeMessage } from '../core/size-limit';
import type { CaseloadPlan } from '../features/caseload';
import { planOverview } from '../features/overview';
import { planLinkResolver, readBytes } from './check-file';
import type { CliConfigs } from './configs';
import { displayPath } from './inputs';
import type { InputError } from './report';

export interface ReadPlan {
  readonly plan: Plan;
  readonly config: CheckConfig;
  readonly overview: CaseloadPlan;
}

/** The plan's overview; undefined when the file is not a plan; an input error when it cannot be read. */
export function readPlanOverview(file: string, cwd: string, today: string, configs: CliConfigs, lineDates?: (file: string) => readonly (string | undefined)[] | undefined): ReadPlan | InputError | undefined {
  const where = displayPath(cwd, file);
  const bytes = readBytes(file);
  if (!Buffer.isBuffer(bytes)) return { path: where, message: bytes.error };
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const { config, relativePath } = configs.for(file);
  if (tooLarge(text, DEFAULT_MAX_FILE_SIZE)) return { path: where, message: tooLargeMessage(text, DEFAULT_MAX_FILE_SIZE, 'the limit of mentoring-plans check --max-file-size') };
  const resolveLink = planLinkResolver(file, cwd);
  const result = checkDocument(text, { config, today, relativePath, resolveLink });
  if (!result.isPlan) return undefined;
  const overview = planOverview({ uri: pathToFileURL(file).href, plan: result.plan, findings: result.findings, config, today, resolveLink, lineDates: lineDates?.(file) });
  return { plan: result.plan, config, overview: { ...overview, path: where } };
}
