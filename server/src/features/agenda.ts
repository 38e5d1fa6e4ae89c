// What to bring to the next session with a mentee, read from the plan: goals that are due, questions
// still open, feelings not yet explored, goals left untouched, and what the last session agreed.

import type { CheckConfig } from '../core/config';
import { configuredPhrases } from '../core/configured-phrases';
import { isOpen, openChallenges } from '../core/goal-facts';
import type { Goal, Plan, Question } from '../core/model';
import { feelingHit } from '../core/rules/symptom-goal';
import type { Span } from '../core/text';
import { PROBES_HEADING } from '../data/questions';
import { normaliseHeading } from '../data/sections';
import { dueByReview } from './caseload';
import { latestSession, rangeOf, type PlanOverview, type Range } from './overview';
import { itemText } from './session-entry';

/** In the order a mentor takes them: deadlines first, the last session's agreement last. */
export const AGENDA_KINDS = ['past-due', 'due-before-review', 'challenge-question', 'exploration-question', 'feeling-probes', 'still-serving', 'next-time'] as const;

export type AgendaKind = (typeof AGENDA_KINDS)[number];

export interface AgendaItem {
  readonly kind: AgendaKind;
  readonly text: string;
  /** The statement of the goal the item is about. */
  readonly goal?: string;
  /** Where the item stands in the plan. */
  readonly range: Range;
}

export interface Agenda {
  readonly items: readonly AgendaItem[];
  readonly markdown: string;
}

const GROUP_TITLES: Record<AgendaKind, string> = {
  'past-due': 'Past their target date',
  'due-before-review': 'Due before the next review',
  'challenge-question': 'Challenge questions still open',
  'exploration-question': 'Exploration questions not yet answered',
  'feeling-probes': 'Feelings to explore underneath',
  'still-serving': 'Still serving the purpose?',
  'next-time': 'Agreed last time',
};

/** Goals untouched this long get asked whether they still serve the purpose. */
const STALE_MONTHS = 6;

export interface AgendaInput {
  readonly plan: Plan;
  /** The same plan's overview: its goals in the plan's order. */
  readonly overview: PlanOverview;
  readonly config: CheckConfig;
  readonly today: string;
}

export function planAgenda(input: AgendaInput): Agenda {
  const { plan, overview } = input;
  const goals = plan.goals.map((goal, i) => ({ goal, facts: overview.goals[i] })).filter(({ goal }) => isOpen(goal));
  const items: AgendaItem[] = [];
  const at = (span: Span): Range => rangeOf(plan, span);
  const due = dueByReview(overview);
  for (const facts of due.filter((g) => g.pastDue)) items.push({ kind: 'past-due', text: `"${facts.statement}" was due ${facts.by} and is still ${facts.status}.`, goal: facts.statement, range: facts.range });
  for (const facts of due.filter((g) => !g.pastDue)) {
    items.push({ kind: 'due-before-review', text: `"${facts.statement}" is due ${facts.by}, before the next review (${overview.nextReview}).`, goal: facts.statement, range: facts.range });
  }
  for (const { goal } of goals) {
    for (const q of openChallenges(goal)) items.push({ kind: 'challenge-question', text: q.text, goal: goal.statement, range: at(q.questionSpan) });
  }
  for (const { title, question } of explorationQuestions(plan)) {
    items.push({ kind: 'exploration-question', text: title ? `${title}: ${question.text}` : question.text, range: at(question.questionSpan) });
  }
  const feeling = configuredPhrases(input.config, 'feeling');
  for (const { goal } of goals) {
    const hit = feelingHit(goal, feeling);
    const probes = hit && probeCount(plan, goal);
    if (!hit || (probes && probes.open === 0)) continue;
    const text = probes
      ? `"${goal.statement}": ${probes.open} of ${probes.asked} root-cause probes still unanswered.`
      : `"${goal.statement}" is a feeling; ask what lies underneath it with the root-cause probes.`;
    items.push({ kind: 'feeling-probes', text, goal: goal.statement, range: at(goal.statementSpan) });
  }
  const staleBefore = monthsBefore(input.today, STALE_MONTHS);
  for (const { goal, facts } of goals) {
    if (facts.status === 'active' && facts.lastChanged && facts.lastChanged <= staleBefore) {
      items.push({ kind: 'still-serving', text: `"${goal.statement}" has not changed since ${facts.lastChanged}: is it still serving the purpose?`, goal: goal.statement, range: at(goal.statementSpan) });
    }
  }
  const agreed = agreedLine(plan);
  if (agreed) items.push({ kind: 'next-time', text: agreed.text, range: at(agreed.span) });
  return { items, markdown: agendaMarkdown(overview, items) };
}

function agendaMarkdown(overview: PlanOverview, items: readonly AgendaItem[]): string {
  const who = overview.mentee ? ` with ${overview.mentee}` : '';
  const facts = [overview.nextReview && `Next review: ${overview.nextReview}${overview.reviewOverdue ? ' (overdue)' : ''}`, overview.lastSession && `last session: ${overview.lastSession}`].filter(Boolean);
  const out = [`# Next session${who}`, ''];
  if (facts.length > 0) out.push(facts.join(' · '), '');
  if (items.length === 0) out.push('Nothing in the plan is waiting for this session: no goal is due, and every question has an answer.', '');
  for (const kind of AGENDA_KINDS) {
    const group = items.filter((i) => i.kind === kind);
    if (group.length === 0) continue;
    out.push(`## ${GROUP_TITLES[kind]}`, '', ...group.map((i) => `- ${itemText(i)}`), '');
  }
  return out.join('\n');
}


function explorationQuestions(plan: Plan): { title?: string; question: Question }[] {
  const exploration = plan.exploration;
  if (!exploration) return [];
  return [
    ...exploration.questions.filter((q) => !q.answer).map((question) => ({ question })),
    ...exploration.banks.flatMap((b) => b.questions.filter((q) => !q.answer).map((question) => ({ title: b.heading.text, question }))),
  ];
}

const PROBES = normaliseHeading(PROBES_HEADING);
const LIST_LINE = /^(\s*)(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/;

/**
 * The root-cause probes written under a goal (by the quick fix or the snippet): a "Root-cause probes"
 * heading or list item, and the questions below it; an answer follows the "?".
 */
function probeCount(plan: Plan, goal: Goal): { asked: number; open: number } | undefined {
  const lines = plan.text.slice(goal.span.start, goal.span.end).split(/\r\n?|\n/);
  const at = lines.findIndex((l) => normaliseHeading(l.replace(/^\s*(?:#+|[-*+]|\d+[.)])\s*/, '')) === PROBES);
  if (at < 0) return undefined;
  const head = lines[at];
  const underItem = !/^\s*#/.test(head) ? head.length - head.trimStart().length : -1;
  let asked = 0;
  let open = 0;
  for (const line of lines.slice(at + 1)) {
    if (/^\s*#/.test(line)) break;
    const m = LIST_LINE.exec(line);
    if (!m) continue;
    if (m[1].length <= underItem) break;
    const mark = m[2].indexOf('?');
    if (mark < 0) continue;
    asked++;
    if (!m[2].slice(mark + 1).trim()) open++;
  }
  return { asked, open };
}

const AGREED = /\b(next time|agreed actions?|actions agreed|actions|next steps?|for next time|before next time)\s*:[ \t]*/i;

/** The "Next time:" or agreed-actions line of the latest dated session, with the list under it when the line ends there. */
function agreedLine(plan: Plan): { text: string; span: Span } | undefined {
  const session = latestSession(plan)?.session;
  if (!session) return undefined;
  const body = plan.text.slice(session.heading.span.end, session.span.end);
  const m = AGREED.exec(body);
  if (!m) return undefined;
  const start = session.heading.span.end + m.index;
  const rest = body.slice(m.index + m[0].length);
  const firstLine = /^[^\r\n]*/.exec(rest)![0].trim();
  if (firstLine) return { text: `${capitalise(m[1])}: ${firstLine}`, span: { start, end: start + m[0].length + firstLine.length } };
  const list: string[] = [];
  let end = start + m[0].length;
  let offset = m.index + m[0].length;
  for (const line of rest.split(/\r\n?|\n/).slice(1)) {
    const item = LIST_LINE.exec(line);
    offset += line.length + 1;
    if (!item) {
      if (line.trim() === '' && list.length === 0) continue;
      break;
    }
    list.push(item[2].trim());
    end = session.heading.span.end + offset - 1;
  }
  return list.length > 0 ? { text: `${capitalise(m[1])}: ${list.join('; ')}`, span: { start, end } } : undefined;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

/** The ISO date `months` calendar months before `today` (the month's last day when it is shorter). */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
