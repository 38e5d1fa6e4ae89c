// The mentor's overview of one plan: who it is for, when it is reviewed, how each goal stands. The
// view, the dashboard and the caseload report all read this one summary.

import type { Severity } from '../data/catalogue';
import type { Status } from '../data/kinds';
import type { CheckConfig } from '../core/config';
import type { Finding } from '../core/check';
import { findDateMention, parseDate } from '../core/dates';
import { frontMatterDate } from '../core/front-matter-dates';
import { goalHorizon, isOpen, judgedStatus } from '../core/goal-facts';
import { field, type Goal, type Plan, type Session } from '../core/model';
import { openQuestionCount, type GoalProperties } from '../core/properties';
import type { Position, Span } from '../core/text';

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface GoalOverview {
  readonly statement: string;
  /** The statement's range in the plan. */
  readonly range: Range;
  /** The status as the checks judge it: a goal without one is exploring when worded as exploration, else active. */
  readonly status: Status;
  /** The target date as written: the by-line, or a date in the statement. */
  readonly by?: string;
  /** The last day of the target date, ISO. */
  readonly due?: string;
  /** Kind values as written, lower case. */
  readonly kinds: readonly string[];
  /** The target date has passed and the goal is still open. */
  readonly pastDue: boolean;
  /** How many of the five properties the goal meets, as its hover says. */
  readonly propertiesMet: number;
  /** Challenge questions still open under the goal, as the open-question rule counts them. */
  readonly openQuestions: number;
  /** ISO date the goal's lines last changed, where the host knows it (git). */
  readonly lastChanged?: string;
  /** The goal that took this one's place ("Evolved into"): its statement when it is in this plan, else the link as written. */
  readonly evolvedInto?: string;
  /** The statements of the goals that evolved into this one, in the plan's order. */
  readonly evolvedFrom?: readonly string[];
}

export type SeverityCounts = Record<Severity, number>;

export interface PlanOverview {
  readonly uri: string;
  readonly mentee?: string;
  readonly mentor?: string;
  /** The next-review date as written. */
  readonly nextReview?: string;
  readonly reviewOverdue: boolean;
  /** The date of the latest dated session heading, ISO. */
  readonly lastSession?: string;
  readonly findings: SeverityCounts;
  /** Open challenge questions over the plan's open goals. */
  readonly openQuestions: number;
  readonly goals: readonly GoalOverview[];
}

export interface OverviewInput {
  readonly uri: string;
  readonly plan: Plan;
  readonly findings: readonly Finding[];
  readonly config: CheckConfig;
  /** ISO date that past-due and review-overdue are judged against. */
  readonly today: string;
  /** The goals' five properties, from the same check as the findings. */
  readonly properties: GoalProperties;
  /** ISO date each line (0-based) last changed, where the host knows it. */
  readonly lineDates?: readonly (string | undefined)[];
}

export function planOverview(input: OverviewInput): PlanOverview {
  const { plan, today } = input;
  const review = frontMatterDate(plan, 'next-review');
  const reviewDate = review ? parseDate(review.value) : undefined;
  const undated = withChains(plan, plan.goals.map((goal) => goalOverview(goal, input)));
  const goals = input.lineDates ? withLineDates(undated, goalLines(plan), input.lineDates) : undated;
  return {
    uri: input.uri,
    ...optional('mentee', frontMatterText(plan, 'mentee')),
    ...optional('mentor', frontMatterText(plan, 'mentor')),
    ...optional('nextReview', review?.value),
    reviewOverdue: !!reviewDate && reviewDate.last < today,
    ...optional('lastSession', latestSession(plan)?.date),
    findings: countFindings(input.findings),
    openQuestions: goals.reduce((n, g) => n + g.openQuestions, 0),
    goals,
  };
}

function goalOverview(goal: Goal, input: OverviewInput): GoalOverview {
  const { plan, today } = input;
  const open = isOpen(goal);
  const horizon = goalHorizon(goal);
  const checks = input.properties(goal);
  return {
    statement: goal.statement,
    range: rangeOf(plan, goal.statementSpan),
    status: judgedStatus(goal),
    ...optional('by', field(goal, 'by')?.value || statementDate(goal)),
    ...optional('due', horizon?.last),
    kinds: kindValues(field(goal, 'kind')?.value ?? ''),
    pastDue: open && !!horizon && horizon.last < today,
    propertiesMet: checks.filter((c) => c.met).length,
    openQuestions: openQuestionCount(goal),
  };
}

/** Links each "Evolved into" to the goal it names, both ways, so a reader can follow the chain. */
function withChains(plan: Plan, goals: GoalOverview[]): GoalOverview[] {
  const bySlug = new Map<string, number>();
  plan.goals.forEach((goal, i) => {
    const heading = plan.headings.find((h) => h.textSpan.start === goal.statementSpan.start);
    if (heading) bySlug.set(heading.slug, i);
  });
  const into = plan.goals.map((goal) => {
    const evolved = field(goal, 'evolved');
    if (!evolved) return undefined;
    const link = evolved.links[0];
    if (!link) return evolved.value ? { text: evolved.value } : undefined;
    const slug = /^#(.+)$/.exec(link.target.trim())?.[1].toLowerCase();
    const successor = slug === undefined ? undefined : bySlug.get(slug);
    return successor === undefined ? { text: link.text || link.target } : { text: plan.goals[successor].statement, successor };
  });
  return goals.map((g, i) => {
    const from = into.flatMap((link, j) => (link?.successor === i ? [plan.goals[j].statement] : []));
    return { ...g, ...optional('evolvedInto', into[i]?.text), ...(from.length > 0 ? { evolvedFrom: from } : {}) };
  });
}

function statementDate(goal: Goal): string | undefined {
  const mention = findDateMention(goal.statement);
  return mention && goal.statement.slice(mention.start, mention.end);
}

/** Kind values are separated as unknown-kind separates them: commas, slashes, "&", "+" or "and". */
export function kindValues(value: string): string[] {
  return value
    .replace(/\band\b/gi, ',')
    .split(/[,;/&+]/)
    .map((v) => v.replace(/[*_`.]/g, '').trim().toLowerCase())
    .filter((v) => v !== '');
}

function frontMatterText(plan: Plan, key: string): string | undefined {
  const fm = plan.frontMatter;
  const value = fm && !fm.error ? fm.data[key] : undefined;
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The session whose heading holds the latest date ("2026-11-16", "16 November 2026: second session"). */
export function latestSession(plan: Plan): { readonly session: Session; readonly date: string } | undefined {
  let latest: { session: Session; date: string } | undefined;
  for (const session of plan.sessions) {
    const date = (parseDate(session.heading.text) ?? findDateMention(session.heading.text)?.date)?.first;
    if (date && (!latest || date >= latest.date)) latest = { session, date };
  }
  return latest;
}

function countFindings(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The first and last line (0-based) of each goal, to date it later without keeping the plan. */
export function goalLines(plan: Plan): (readonly [number, number])[] {
  return plan.goals.map((g) => [plan.lines.lineOf(g.span.start), plan.lines.lineOf(g.span.end)] as const);
}

/** Each goal dated by the latest change to any of its lines. */
export function withLineDates(goals: readonly GoalOverview[], lines: readonly (readonly [number, number])[], dates: readonly (string | undefined)[]): GoalOverview[] {
  return goals.map((goal, i) => {
    let latest: string | undefined;
    for (let line = lines[i][0]; line <= lines[i][1]; line++) {
      const date = dates[line];
      if (date && (!latest || date > latest)) latest = date;
    }
    return latest ? { ...goal, lastChanged: latest } : goal;
  });
}

export function rangeOf(plan: Plan, span: Span): Range {
  return { start: plan.lines.positionAt(span.start), end: plan.lines.positionAt(span.end) };
}

/** `{ key: value }` when there is a value, so absent facts are absent keys in the JSON, not nulls. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
