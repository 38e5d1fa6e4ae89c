// Runs the rules over a plan: severities from config, inline control comments, one rule's fault contained.

import { RULES, type RuleId, type Severity } from '../data/catalogue';
import type { GoalStage } from '../data/kinds';
import { DEFAULT_CONFIG, severityOf, type CheckConfig } from './config';
import { configuredPhrases } from './configured-phrases';
import { judgedStage } from './goal-facts';
import { Suppressions, unknownRuleNames } from './inline-control';
import type { LinkResolver } from './links';
import type { FrontMatter, Plan } from './model';
import { judgeGoals, PROPERTY_RULES, type Evidence, type GoalProperties } from './properties';
import { parsePlanSteps } from './parse';
import { frontMatterMarksPlan, matchesGlobs } from './recognize';
import type { FindingData, Rule } from './rule';
import { ALL_RULES } from './rules';
import { runSteps, type Steps } from './steps';
import type { Span } from './text';

export interface Finding {
  readonly ruleId: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly data?: FindingData;
}

export interface CheckOptions {
  readonly config?: CheckConfig;
  /** ISO date (YYYY-MM-DD) for the date rules. */
  readonly today: string;
  readonly resolveLink?: LinkResolver;
  /** Called when a rule throws; the other rules still report. */
  readonly onRuleError?: (ruleId: RuleId, error: unknown) => void;
  readonly rules?: readonly Rule[];
}

export function checkPlan(plan: Plan, options: CheckOptions): Finding[] {
  return judgePlan(plan, options).findings;
}

/** The findings and the goals' five properties, from one run of the rules. */
export function judgePlan(plan: Plan, options: CheckOptions): PlanCheck {
  return runSteps(checkPlanSteps(plan, options));
}

/** A plan's findings, and the five properties of its goals judged from the same rule reports. */
export interface PlanCheck {
  readonly findings: Finding[];
  readonly properties: GoalProperties;
}

/** checkPlan as steps: it yields after each rule. */
export function* checkPlanSteps(plan: Plan, options: CheckOptions): Steps<PlanCheck> {
  const config = options.config ?? DEFAULT_CONFIG;
  const suppressions = new Suppressions(plan.comments, plan.lines);
  const findings: Finding[] = [];
  const judged = judgedPlans(plan);
  // A property rule runs even when switched off: a hover must not call a property met that it would deny.
  const evidence: Evidence[] = [];
  for (const rule of options.rules ?? ALL_RULES) {
    const severity = severityOf(config, rule.id);
    const property = PROPERTY_RULES[rule.id] !== undefined;
    if (!severity && !property) continue;
    try {
      rule.check({
        plan: judged(rule.judges ?? DEFAULT_STAGES),
        config,
        today: options.today,
        resolveLink: options.resolveLink,
        phrases: (list) => configuredPhrases(config, list),
        report: ({ span, message, data }) => {
          if (property) evidence.push({ ruleId: rule.id, span, data });
          if (!severity || suppressions.isSuppressed(rule.id, plan.lines.lineOf(span.start))) return;
          findings.push({ ruleId: rule.id, severity, message, span, data });
        },
      });
    } catch (error) {
      options.onRuleError?.(rule.id, error);
    }
    yield;
  }
  // The catalogue is fixed, so a misspelt id in a control comment is filed under the plan-format rule.
  const formatSeverity = severityOf(config, 'invalid-front-matter');
  if (formatSeverity) {
    for (const { span, message } of unknownRuleNames(plan.comments)) {
      if (!suppressions.isSuppressed('invalid-front-matter', plan.lines.lineOf(span.start))) findings.push({ ruleId: 'invalid-front-matter', severity: formatSeverity, message, span });
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  return { findings, properties: judgeGoals(plan, evidence, options.today) };
}

const DEFAULT_STAGES: readonly GoalStage[] = ['open', 'exploring'];

/**
 * The plan as each rule sees it: only the goals at the stages it judges, and never a goal whose
 * statement is still the template's placeholder. The same plan object when nothing is left out.
 */
function judgedPlans(plan: Plan): (stages: readonly GoalStage[]) => Plan {
  const staged = plan.goals.map((goal) => ({ goal, stage: judgedStage(goal) }));
  const plans = new Map<string, Plan>();
  return (stages) => {
    const key = [...stages].sort().join(' ');
    let judged = plans.get(key);
    if (!judged) {
      const goals = staged.filter(({ stage }) => stage && stages.includes(stage)).map(({ goal }) => goal);
      judged = goals.length === plan.goals.length ? plan : { ...plan, goals };
      plans.set(key, judged);
    }
    return judged;
  };
}

export interface DocumentCheck {
  readonly isPlan: boolean;
  /** Set when the document is not a plan. */
  readonly notPlan?: NotPlanReason;
  readonly plan: Plan;
  readonly findings: readonly Finding[];
  readonly properties: GoalProperties;
}

export interface DocumentOptions extends CheckOptions {
  /** Path relative to the workspace or config root, forward slashes; omit for unsaved documents. */
  readonly relativePath?: string;
  /** Keep the document's chunk trees whatever its length: for documents open in an editor, re-parsed on every edit. */
  readonly cacheChunks?: boolean;
}

/** Why a markdown document is not a plan: its path is ignored, or neither front matter nor path marks it. */
export type NotPlanReason = 'ignored' | 'unmarked';

export function notPlanReason(plan: Plan, relativePath: string | undefined, config: CheckConfig = DEFAULT_CONFIG): NotPlanReason | undefined {
  return notPlanReasonOf(plan.frontMatter, relativePath, config);
}

function notPlanReasonOf(frontMatter: FrontMatter | undefined, relativePath: string | undefined, config: CheckConfig): NotPlanReason | undefined {
  if (relativePath !== undefined && config.ignore.length > 0 && matchesGlobs(relativePath, config.ignore)) return 'ignored';
  if (frontMatterMarksPlan(frontMatter)) return undefined;
  return relativePath !== undefined && matchesGlobs(relativePath, config.files) ? undefined : 'unmarked';
}

/** Whether a parsed markdown document is a plan, by front matter or by path. */
export function isPlan(plan: Plan, relativePath: string | undefined, config: CheckConfig = DEFAULT_CONFIG): boolean {
  return notPlanReason(plan, relativePath, config) === undefined;
}

/** isPlan for a file whose front matter alone was kept. */
export function isPlanFile(frontMatter: FrontMatter | undefined, relativePath: string | undefined, config: CheckConfig = DEFAULT_CONFIG): boolean {
  return notPlanReasonOf(frontMatter, relativePath, config) === undefined;
}

/** Text in, findings out: the one entry point the server and the CLI share. */
export function checkDocument(text: string, options: DocumentOptions): DocumentCheck {
  return runSteps(checkDocumentSteps(text, options));
}

/** checkDocument as steps, for a host that serves other requests while a long document is checked. */
export function* checkDocumentSteps(text: string, options: DocumentOptions): Steps<DocumentCheck> {
  const plan = yield* parsePlanSteps(text, { cache: options.cacheChunks });
  const notPlan = notPlanReason(plan, options.relativePath, options.config);
  if (notPlan) return { isPlan: false, notPlan, plan, findings: [], properties: () => [] };
  return { isPlan: true, plan, ...(yield* checkPlanSteps(plan, options)) };
}

export { RULES };
