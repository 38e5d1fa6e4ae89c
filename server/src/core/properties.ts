// The five properties of a good goal, judged once per check from the reports of the rules that stand
// on them: a property is unmet only where its rule reported (whatever its severity or inline comments
// say), met only where the plan shows it, and otherwise not shown yet. Hovers and code lenses read this
// judgement, so they never contradict a diagnostic.

import type { RuleId } from '../data/catalogue';
import { OUTCOME_VERBS } from '../data/outcome-verbs';
import { goalHolding, goalHorizon, goalStatus, isOpen, openChallenges } from './goal-facts';
import { notAim } from './links';
import { field, type Goal, type Plan } from './model';
import { observableResult } from './observable';
import { mainClauseStart } from './outcomes';
import { words } from './phrase-matcher';
import type { FindingData } from './rule';
import type { Span } from './text';

export type PropertyId = 'specific' | 'linked' | 'reality-based' | 'future-oriented' | 'stretch';

export interface PropertyCheck {
  readonly id: PropertyId;
  /** How mentors say it, for display. */
  readonly label: string;
  /** True where the plan shows it, false where its rule reports, undefined while it is not shown yet. */
  readonly met: boolean | undefined;
  readonly reason: string;
}

/** The rules whose reports make a property unmet. Symptom-goal takes vague-goal's place on a feeling. */
export const PROPERTY_RULES: Readonly<Partial<Record<RuleId, PropertyId>>> = {
  'vague-goal': 'specific',
  'symptom-goal': 'specific',
  'missing-why': 'linked',
  'why-not-linked': 'linked',
  'broken-why-link': 'linked',
  'wish-goal': 'reality-based',
  'no-horizon': 'future-oriented',
  'past-due': 'future-oriented',
  'unreadable-date': 'future-oriented',
  'no-stretch': 'stretch',
};

/** A report of one of the property rules, kept even when the rule is switched off or silenced. */
export interface Evidence {
  readonly ruleId: RuleId;
  readonly span: Span;
  readonly data?: FindingData;
}

/** The properties of each goal of one checked plan. */
export type GoalProperties = (goal: Goal) => readonly PropertyCheck[];

const LABELS: Readonly<Record<PropertyId, string>> = {
  specific: 'Specific',
  linked: 'Linked to something larger',
  'reality-based': 'Reality-based',
  'future-oriented': 'Future-oriented',
  stretch: 'A stretch',
};

const ORDER: readonly PropertyId[] = ['specific', 'linked', 'reality-based', 'future-oriented', 'stretch'];

/** Judges lazily: a check runs on every keystroke, while properties are read only by hovers and lenses. */
export function judgeGoals(plan: Plan, evidence: readonly Evidence[], today: string): GoalProperties {
  let byGoal: Map<Goal, Evidence[]> | undefined;
  const judged = new Map<Goal, readonly PropertyCheck[]>();
  return (goal) => {
    byGoal ??= evidenceByGoal(plan, evidence);
    let checks = judged.get(goal);
    if (!checks) judged.set(goal, (checks = judgeGoal(plan, goal, byGoal.get(goal) ?? [], today)));
    return checks;
  };
}

function evidenceByGoal(plan: Plan, evidence: readonly Evidence[]): Map<Goal, Evidence[]> {
  const map = new Map<Goal, Evidence[]>();
  for (const e of evidence) {
    const goal = goalHolding(plan, e.span.start);
    if (!goal) continue;
    const list = map.get(goal);
    if (list) list.push(e);
    else map.set(goal, [e]);
  }
  return map;
}

function judgeGoal(plan: Plan, goal: Goal, evidence: readonly Evidence[], today: string): PropertyCheck[] {
  return ORDER.map((id) => {
    const reported = evidence.find((e) => PROPERTY_RULES[e.ruleId] === id);
    if (reported) return { id, label: LABELS[id], met: false, reason: unmetReason(reported) };
    const { met, reason } = SHOWN[id](plan, goal, today);
    return { id, label: LABELS[id], met, reason };
  });
}

const phraseOf = (e: Evidence): string => (typeof e.data?.phrase === 'string' ? e.data.phrase : '');
const textOf = (e: Evidence, key: string): string => (typeof e.data?.[key] === 'string' ? (e.data[key] as string) : '');

/** Why the property fails, as the rule saw it, in the few words a hover line has room for. */
function unmetReason(e: Evidence): string {
  switch (e.ruleId) {
    case 'vague-goal':
      return `"${phraseOf(e)}" is fuzzy and nothing in it names an observable result; add a "Success looks like" line`;
    case 'symptom-goal':
      return `"${phraseOf(e)}" describes a feeling and nothing in it names an observable result`;
    case 'missing-why':
      return 'there is no "Why this matters" line';
    case 'why-not-linked':
      return textOf(e, 'notAim') || 'the "Why this matters" line has no link to a larger aim';
    case 'broken-why-link':
      return `the link to ${textOf(e, 'target')} leads nowhere`;
    case 'wish-goal':
      return `"${phraseOf(e)}" makes it a wish`;
    case 'no-horizon':
      return 'it has no target date';
    case 'past-due':
      return `the target date (${textOf(e, 'date')}) has passed and the goal is still open`;
    case 'unreadable-date':
      return `the date "${textOf(e, 'value')}" cannot be read`;
    default:
      // no-stretch
      return `"${phraseOf(e)}" keeps things as they are and there is no "Stretch" line`;
  }
}

type Shown = (plan: Plan, goal: Goal, today: string) => { met: true | undefined; reason: string };

const notYet = (reason: string): { met: undefined; reason: string } => ({ met: undefined, reason: `not shown yet: ${reason}` });

/** What in the plan shows each property, where no rule reported against it. */
const SHOWN: Readonly<Record<PropertyId, Shown>> = {
  specific: (_plan, goal) => {
    const observable = observableResult(goal);
    return observable ? { met: true, reason: observable } : notYet('nothing in it names an observable result; a "Success looks like" line would');
  },
  linked: (plan, goal) => {
    // Beside a link to a session note, say, the one that names the aim (files count as aims here).
    const links = field(goal, 'why')?.links ?? [];
    const link = links.find((l) => !notAim(plan, goal, l, undefined)) ?? links[0];
    return link ? { met: true, reason: `it serves "${link.text || link.target}"` } : notYet('there is no "Why this matters" line');
  },
  'reality-based': (_plan, goal) => {
    const start = mainClauseStart(goal.statement);
    const verb = words(goal.statement).find((w) => w.start >= start)?.word;
    return verb && OUTCOME_VERBS.has(verb) ? { met: true, reason: `it says what will be done ("${verb}"), not a wish` } : notYet('nothing in it says what will be done');
  },
  'future-oriented': (_plan, goal, today) => {
    const horizon = goalHorizon(goal);
    const when = field(goal, 'by')?.value || horizon?.last;
    if (horizon && !isOpen(goal)) return { met: true, reason: `the goal is ${goalStatus(goal)} (target date ${when})` };
    if (horizon && horizon.last >= today) return { met: true, reason: `target date ${when}` };
    return notYet(horizon ? `the target date (${when}) has passed` : 'it has no target date');
  },
  stretch: (_plan, goal) => {
    const line = field(goal, 'stretch');
    return line?.value ? { met: true, reason: `the "${line.label}" line says what is new` } : notYet('a "Stretch" line would say what is new');
  },
};

/** Challenge questions under the goal still open, as the open-question rule judges them. */
export function openQuestionCount(goal: Goal): number {
  return openChallenges(goal).length;
}

/** "4 of 5 properties met · 1 open question": the line code lenses and hovers share. */
export function propertySummary(checks: readonly PropertyCheck[], openQuestions: number): string {
  const parts = [`${checks.filter((c) => c.met === true).length} of ${checks.length} properties met`];
  if (openQuestions > 0) parts.push(`${openQuestions} open question${openQuestions === 1 ? '' : 's'}`);
  return parts.join(' · ');
}
