// The overview of every plan in the workspace, kept per file: each plan is summarised as the index
// parses it, and again only when it, a file its why-links read, or the date changed, so one edit never
// re-reads the other plans. Once a client has asked, each plan's goals are dated from git in the
// background, a few plans at a time, and the client is told when dates arrive.

import { judgePlan } from '../core/check';
import type { CheckConfig } from '../core/config';
import type { LinkResolver } from '../core/links';
import type { Plan } from '../core/model';
import { planAgenda, type Agenda } from '../features/agenda';
import type { IndexedFile } from '../features/indexed-file';
import { goalLines, planOverview, withLineDates, type PlanOverview } from '../features/overview';
import type { Analysis } from '../features/workspace';
import type { PlanHost } from './host';
import type { WorkspaceIndex } from './workspace-index';

export interface PlanOverviewsOptions {
  readonly host: PlanHost;
  readonly index: WorkspaceIndex;
  readonly analyzeFile: (uri: string) => Promise<Analysis | undefined>;
  readonly configFor: (uri: string) => Promise<CheckConfig>;
  /** The resolver a check of the plan would use, over its link targets read through the host; each target's key goes into `reads`. */
  readonly resolverFor: (uri: string, plan: Plan, config: CheckConfig, reads: Set<string>) => Promise<LinkResolver | undefined>;
  /** The editor's text of an open document. */
  readonly openText: (uri: string) => string | undefined;
}

interface Entry {
  readonly file: IndexedFile;
  readonly today: string;
  readonly overview: PlanOverview | undefined;
  /** URI keys of the files the plan's why-links were checked against. */
  readonly linked: ReadonlySet<string>;
  /** Each goal's first and last line, to date it from git later. */
  readonly goalLines: readonly (readonly [number, number])[];
  /** Whether git has been asked for this version's dates. */
  blamed?: boolean;
}

/** git processes at a time; the rest wait their turn. */
const BLAME_CONCURRENCY = 2;

export class PlanOverviews {
  private readonly entries = new Map<string, Entry>();
  /** The index's files at the last answer, to tell which changed since. */
  private seen = new Map<string, IndexedFile>();
  private readonly blames: (() => Promise<void>)[] = [];
  private blaming = 0;

  /** `onDated` is called when git dates reach a plan's overview. */
  constructor(
    private readonly options: PlanOverviewsOptions,
    private readonly onDated: () => void,
  ) {
    options.index.onDidIndex(async (file, plan) => {
      if (file.isPlan) this.entries.set(file.key, await this.summariseParsed(file, plan, options.host.today()));
      else this.entries.delete(file.key);
    });
  }

  async all(): Promise<PlanOverview[]> {
    const files = await this.options.index.files();
    const today = this.options.host.today();
    const now = new Map(files.map((f) => [f.key, f]));
    const changed = new Set([...files.filter((f) => this.seen.get(f.key) !== f).map((f) => f.key), ...[...this.seen.keys()].filter((p) => !now.has(p))]);
    this.seen = now;
    for (const [file, entry] of this.entries) {
      if (now.get(file) !== entry.file || entry.today !== today || [...entry.linked].some((l) => changed.has(l))) this.entries.delete(file);
    }
    const plans: PlanOverview[] = [];
    for (const file of files.filter((f) => f.isPlan).sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0))) {
      let entry = this.entries.get(file.key);
      if (!entry) {
        entry = await this.summarise(file, today);
        this.entries.set(file.key, entry);
      }
      if (!entry.blamed) this.blame(entry);
      if (entry.overview) plans.push(entry.overview);
    }
    return plans;
  }

  /** The agenda of one plan; undefined when the document is not a plan. */
  async agenda(uri: string): Promise<Agenda | undefined> {
    const analysis = await this.options.analyzeFile(uri);
    if (!analysis?.isPlan) return undefined;
    const today = this.options.host.today();
    const config = await this.options.configFor(uri);
    const dates = await this.options.host.lineDates?.(uri, this.options.openText(uri));
    const overview = await this.overviewOf(uri, analysis, today, dates);
    return planAgenda({ plan: analysis.plan, overview, config, today });
  }

  private blame(entry: Entry): void {
    entry.blamed = true;
    const { file } = entry;
    this.blames.push(async () => {
      // An open document is blamed as the editor holds it, so its lines match the overview's.
      const dates = await this.options.host.lineDates?.(file.uri, this.options.openText(file.uri));
      const current = this.entries.get(file.key);
      if (!dates || current?.file !== file || !current.overview) return;
      this.entries.set(file.key, { ...current, overview: { ...current.overview, goals: withLineDates(current.overview.goals, current.goalLines, dates) } });
      this.onDated();
    });
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.blaming >= BLAME_CONCURRENCY) return;
    this.blaming++;
    for (let next = this.blames.shift(); next; next = this.blames.shift()) await next();
    this.blaming--;
  }

  /** The same check as the file's diagnostics, on the parse the index already made. */
  private async summariseParsed(file: IndexedFile, plan: Plan, today: string): Promise<Entry> {
    const config = await this.options.configFor(file.uri);
    const linked = new Set<string>();
    const resolveLink = await this.options.resolverFor(file.uri, plan, config, linked);
    const onRuleError = (ruleId: string, error: unknown): void => this.options.host.log.error(`Rule ${ruleId} failed on ${file.uri}: ${String(error)}`);
    const { findings, properties } = judgePlan(plan, { config, today, resolveLink, onRuleError });
    return { file, today, linked, goalLines: goalLines(plan), overview: planOverview({ uri: file.uri, plan, findings, properties, config, today }) };
  }

  private async summarise(file: IndexedFile, today: string): Promise<Entry> {
    const analysis = await this.options.analyzeFile(file.uri);
    const overview = analysis?.isPlan ? await this.overviewOf(file.uri, analysis, today) : undefined;
    return { file, today, overview, linked: analysis?.linkedFiles ?? new Set(), goalLines: analysis?.isPlan ? goalLines(analysis.plan) : [] };
  }

  private async overviewOf(uri: string, analysis: Analysis, today: string, lineDates?: readonly (string | undefined)[]): Promise<PlanOverview> {
    return planOverview({
      uri,
      plan: analysis.plan,
      findings: analysis.findings,
      config: await this.options.configFor(uri),
      properties: analysis.properties,
      today,
      lineDates,
    });
  }
}
