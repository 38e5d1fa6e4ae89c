// `mentoring-plans report [paths]`: the caseload of every plan among the paths, for a programme lead,
// as markdown, JSON or one self-contained HTML file.

import { caseloadHtml } from '../features/caseload-html';
import { caseloadMarkdown, type CaseloadPlan } from '../features/caseload';
import { loadCharts } from '../features/load-charts';
import { EXIT_OK, EXIT_USAGE } from './check';
import { CliConfigs } from './configs';
import { collectInputs } from './inputs';
import { gitDatesOf, readPlanOverview } from './plan-overviews';
import { errorLine, type InputError } from './report';

export const REPORT_FORMATS = ['markdown', 'json', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const isReportFormat = (name: string): name is ReportFormat => (REPORT_FORMATS as readonly string[]).includes(name);

export interface ReportOptions {
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly today: string;
  readonly format: ReportFormat;
  readonly configPath?: string;
}

interface Output {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

export async function reportCommand(options: ReportOptions, out: Output): Promise<number> {
  const inputs = collectInputs(options.paths, options.cwd);
  const configs = new CliConfigs(options.cwd, options.configPath);
  const errors: InputError[] = [...inputs.errors];
  const plans: CaseloadPlan[] = [];
  const dates = await gitDatesOf(inputs.files);
  for (const file of inputs.files) {
    const read = readPlanOverview(file, options.cwd, options.today, configs, dates.get(file));
    if (read && 'message' in read) errors.push(read);
    else if (read) plans.push(read.overview);
  }
  errors.push(...configs.errors);
  for (const e of errors) out.stderr(`mentoring-plans: ${errorLine(e)}\n`);
  out.stdout(await render(options.format, plans, options.today));
  return errors.length > 0 ? EXIT_USAGE : EXIT_OK;
}

async function render(format: ReportFormat, plans: readonly CaseloadPlan[], today: string): Promise<string> {
  switch (format) {
    case 'markdown':
      return caseloadMarkdown(plans, today);
    case 'html':
      return caseloadHtml(plans, today, await loadCharts());
    case 'json':
      // The path names the plan; its absolute file URL would differ from machine to machine.
      return `${JSON.stringify({ today, plans: plans.map(({ uri: _uri, path, ...plan }) => ({ path, ...plan })) }, null, 2)}\n`;
  }
}
