// A programme lead's caseload: one row per mentee from the plans' overviews, the balance of goal
// kinds, goals by status and due dates, as markdown (HTML in caseload-html.ts).

import { parseDate } from '../core/dates';
import { statusStage } from '../core/goal-facts';
import { KINDS, STATUSES } from '../data/kinds';
import type { GoalOverview, PlanOverview } from './overview';

/** Goals that are history (done, dropped, evolved): a record, not work. */
export const isHistory = (goal: GoalOverview): boolean => statusStage(goal.status) === 'history';

/** Open goals past due or due on or before the next review, soonest first: what the next review takes up. */
export function dueByReview(plan: PlanOverview): GoalOverview[] {
  const review = plan.nextReview ? parseDate(plan.nextReview)?.last : undefined;
  return plan.goals.filter((g) => !isHistory(g) && g.due && (g.pastDue || (review !== undefined && g.due <= review))).sort((a, b) => a.due!.localeCompare(b.due!));
}

export interface CaseloadPlan extends PlanOverview {
  /** Where the plan is, as the reader named it (a relative path). */
  readonly path: string;
}

export interface CaseloadRow {
  readonly mentee: string;
  readonly mentor?: string;
  readonly path: string;
  readonly nextReview?: string;
  readonly reviewOverdue: boolean;
  readonly lastSession?: string;
  /** Open goals: every goal that is not history. */
  readonly active: number;
  readonly pastDue: number;
  readonly done: number;
  readonly openQuestions: number;
}

export function caseloadRow(plan: CaseloadPlan): CaseloadRow {
  return {
    mentee: menteeName(plan),
    mentor: plan.mentor,
    path: plan.path,
    nextReview: plan.nextReview,
    reviewOverdue: plan.reviewOverdue,
    lastSession: plan.lastSession,
    active: plan.goals.filter((g) => !isHistory(g)).length,
    pastDue: plan.goals.filter((g) => g.pastDue).length,
    done: plan.goals.filter((g) => g.status === 'done').length,
    openQuestions: plan.openQuestions,
  };
}

/** The front matter's mentee, else the file name without its plan extension. */
export function menteeName(plan: { readonly mentee?: string; readonly path: string }): string {
  return plan.mentee ?? (plan.path.split('/').pop() ?? plan.path).replace(/(\.plan|\.mentoring)?\.md$/i, '');
}

export interface Count {
  readonly label: string;
  readonly count: number;
}

/** Goals of each known kind, ladder and lattice first, over the open goals. */
export function kindBalance(plans: readonly PlanOverview[]): Count[] {
  const open = plans.flatMap((p) => p.goals.filter((g) => !isHistory(g)));
  return KINDS.map((k) => ({ label: k.value, count: open.filter((g) => g.kinds.includes(k.value)).length }));
}

/** Goals by status, in the order statuses are listed in the plan format; dropped and evolved only when some are. */
export function statusCounts(plans: readonly PlanOverview[]): Count[] {
  const goals = plans.flatMap((p) => p.goals);
  return STATUSES.map((s) => ({ label: s.value, count: goals.filter((g) => g.status === s.value).length })).filter((c) => c.count > 0 || !['dropped', 'evolved'].includes(c.label));
}

export interface DueGoal {
  readonly mentee: string;
  readonly statement: string;
  readonly due: string;
  readonly pastDue: boolean;
}

/** Open goals with a target date, soonest first. */
export function dueTimeline(plans: readonly CaseloadPlan[]): DueGoal[] {
  return plans
    .flatMap((p) => p.goals.filter((g) => !isHistory(g) && g.due).map((g) => ({ mentee: menteeName(p), statement: g.statement, due: g.due!, pastDue: g.pastDue })))
    .sort((a, b) => a.due.localeCompare(b.due) || a.mentee.localeCompare(b.mentee));
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

export function caseloadMarkdown(plans: readonly CaseloadPlan[], today: string): string {
  const rows = plans.map(caseloadRow);
  const out = [`# Mentoring caseload`, '', `${plans.length} plan${plans.length === 1 ? '' : 's'} · as of ${today}`, ''];
  if (plans.length === 0) return [...out, 'No mentoring plans were found.', ''].join('\n');
  out.push('| Mentee | Mentor | Next review | Last session | Active goals | Past due | Done | Open questions |', '|---|---|---|---|---:|---:|---:|---:|');
  for (const r of rows) {
    const review = r.nextReview ? `${r.nextReview}${r.reviewOverdue ? ' (overdue)' : ''}` : '';
    out.push(`| ${cell(r.mentee)} | ${cell(r.mentor ?? '')} | ${cell(review)} | ${r.lastSession ?? ''} | ${r.active} | ${r.pastDue} | ${r.done} | ${r.openQuestions} |`);
  }
  out.push('', '## Goal kinds (open goals)', '', ...kindBalance(plans).map((k) => `- ${k.label}: ${k.count}`));
  out.push('', '## Goals by status', '', ...statusCounts(plans).map((s) => `- ${s.label}: ${s.count}`));
  const due = dueTimeline(plans);
  if (due.length > 0) out.push('', '## Due dates', '', ...due.map((g) => `- ${g.due}${g.pastDue ? ' (past due)' : ''}: ${g.mentee}: ${g.statement}`));
  for (const plan of plans) {
    out.push('', `## ${menteeName(plan)}`, '', `\`${plan.path}\``, '');
    if (plan.goals.length === 0) {
      out.push('No goals yet.');
      continue;
    }
    // Only plans in a git repository know when each goal last changed.
    const dated = plan.goals.some((g) => g.lastChanged);
    out.push(`| Goal | Status | Due | Kinds | Properties met |${dated ? ' Last changed |' : ''}`, `|---|---|---|---|---:|${dated ? '---|' : ''}`);
    for (const g of plan.goals) {
      const status = `${g.status}${g.pastDue ? ', past due' : ''}${g.evolvedInto ? `, evolved into "${cell(g.evolvedInto)}"` : ''}`;
      out.push(`| ${cell(g.statement)} | ${status} | ${cell(g.by ?? '')} | ${g.kinds.join(', ')} | ${g.propertiesMet} of 5 |${dated ? ` ${g.lastChanged ?? ''} |` : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}
