// Runs the rules over a plan: severities from config, inline control comments, one rule's fault contained.

import { RULES, type RuleId, type Severity } from '../data/catalogue';
import { DEFAULT_CONFIG, severityOf, type CheckConfig } from './config';
import { configuredPhrases } from './configured-phrases';
import { Suppressions, unknownRuleNames } from './inline-control';
import type { LinkResolver } from './links';
import type { Plan } from './model';
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
  return runSteps(checkPlanSteps(plan, options));
}

/** checkPlan as steps: it yields after each rule. */
export function* checkPlanSteps(plan: Plan, options: CheckOptions): Steps<Finding[]> {
  const config = options.config ?? DEFAULT_CONFIG;
  const suppressions = new Suppressions(plan.comments, plan.lines);
  const findings: Finding[] = [];
  for (const rule of options.rules ?? ALL_RULES) {
    const severity = severityOf(config, rule.id);
    if (!severity) continue;
    try {
      rule.check({
        plan,
        config,
        today: options.today,
        resolveLink: options.resolveLink,
        phrases: (list) => configuredPhrases(config, list),
        report: ({ span, message, data }) => {
          if (suppressions.isSuppressed(rule.id, plan.lines.lineOf(span.start))) return;
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
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
}

export interface DocumentCheck {
  readonly isPlan: boolean;
  /** Set when the document is not a plan. */
  readonly notPlan?: NotPlanReason;
  readonly plan: Plan;
  readonly findings: readonly Finding[];
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
  if (relativePath !== undefined && config.ignore.length > 0 && matchesGlobs(relativePath, config.ignore)) return 'ignored';
  if (frontMatterMarksPlan(plan.frontMatter)) return undefined;
  return relativePath !== undefined && matchesGlobs(relativePath, config.files) ? undefined : 'unmarked';
}

/** Whether a parsed markdown document is a plan, by front matter or by path. */
export function isPlan(plan: Plan, relativePath: string | undefined, config: CheckConfig = DEFAULT_CONFIG): boolean {
  return notPlanReason(plan, relativePath, config) === undefined;
}

/** Text in, findings out: the one entry point the server and the CLI share. */
export function checkDocument(text: string, options: DocumentOptions): DocumentCheck {
  return runSteps(checkDocumentSteps(text, options));
}

/** checkDocument as steps, for a host that serves other requests while a long document is checked. */
export function* checkDocumentSteps(text: string, options: DocumentOptions): Steps<DocumentCheck> {
  const plan = yield* parsePlanSteps(text, { cache: options.cacheChunks });
  const notPlan = notPlanReason(plan, options.relativePath, options.config);
  if (notPlan) return { isPlan: false, notPlan, plan, findings: [] };
  return { isPlan: true, plan, findings: yield* checkPlanSteps(plan, options) };
}

export { RULES };
