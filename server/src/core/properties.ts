// The five properties of a good goal, each met or not with the reason, for hovers and code lenses.
// Read through the rules' own detectors, so a hover never contradicts a diagnostic's principle.

import type { CheckConfig, PhraseListId } from './config';
import { configuredPhrases } from './configured-phrases';
import { parseDate } from './dates';
import { goalHorizon, goalStatus, isOpen } from './goal-facts';
import { linkProblem, type LinkResolver } from './links';
import { field, type Goal, type Plan } from './model';
import { observableResult } from './observable';
import type { PhraseMatcher } from './phrase-matcher';
import type { RuleContext } from './rule';
import { statusQuoHit } from './rules/no-stretch';
import { feelingHit } from './rules/symptom-goal';
import { vagueHit } from './rules/vague-goal';
import { goalWishHit } from './rules/wish-goal';

export type PropertyId = 'specific' | 'linked' | 'reality-based' | 'future-oriented' | 'stretch';

export interface PropertyCheck {
  readonly id: PropertyId;
  /** How mentors say it, for display. */
  readonly label: string;
  readonly met: boolean;
  readonly reason: string;
}

export interface PropertyOptions {
  readonly plan: Plan;
  readonly config: CheckConfig;
  /** ISO date that past-due is judged against. */
  readonly today: string;
  readonly resolveLink?: LinkResolver;
}

export function goalProperties(goal: Goal, options: PropertyOptions): PropertyCheck[] {
  const lists = { phrases: (list: PhraseListId) => configuredPhrases(options.config, list) };
  return [specific(goal, lists), linked(goal, options), realityBased(goal, options.plan, lists.phrases('wish')), futureOriented(goal, options.today), stretch(goal, lists.phrases('maintenance'))];
}

/** Met when something is observable; when not, the reason names what vague-goal or symptom-goal would. */
function specific(goal: Goal, lists: Pick<RuleContext, 'phrases'>): PropertyCheck {
  const observable = observableResult(goal);
  if (observable) return { id: 'specific', label: 'Specific', met: true, reason: observable };
  const feeling = feelingHit(goal, lists.phrases('feeling'));
  const fuzzy = feeling ? undefined : vagueHit(goal, lists);
  const reason = feeling
    ? `"${feeling.phrase}" describes a feeling and nothing in it names an observable result`
    : fuzzy
      ? `"${fuzzy.phrase}" is fuzzy and nothing in it names an observable result; add a "Success looks like" line`
      : 'nothing in it names an observable result; add a "Success looks like" line';
  return { id: 'specific', label: 'Specific', met: false, reason };
}

function linked(goal: Goal, options: PropertyOptions): PropertyCheck {
  const label = 'Linked to something larger';
  const why = field(goal, 'why');
  if (!why) return { id: 'linked', label, met: false, reason: 'there is no "Why this matters" line' };
  if (why.links.length === 0) return { id: 'linked', label, met: false, reason: 'the "Why this matters" line has no link to a larger aim' };
  const working = why.links.find((l) => !linkProblem(options.plan, l, options.resolveLink));
  return working
    ? { id: 'linked', label, met: true, reason: `it serves "${working.text || working.target}"` }
    : { id: 'linked', label, met: false, reason: `the link to ${why.links[0].target} leads nowhere` };
}

function realityBased(goal: Goal, plan: Plan, wish: PhraseMatcher): PropertyCheck {
  const hit = goalWishHit(plan, goal, wish);
  return hit
    ? { id: 'reality-based', label: 'Reality-based', met: false, reason: `"${hit.phrase}" makes it a wish` }
    : { id: 'reality-based', label: 'Reality-based', met: true, reason: 'it is worded as a plan, not a wish' };
}

function futureOriented(goal: Goal, today: string): PropertyCheck {
  const label = 'Future-oriented';
  const status = goalStatus(goal);
  if (!isOpen(goal)) return { id: 'future-oriented', label, met: true, reason: `the goal is ${status}` };
  const by = field(goal, 'by');
  if (by?.value && !parseDate(by.value)) return { id: 'future-oriented', label, met: false, reason: `the date "${by.value}" cannot be read` };
  const horizon = goalHorizon(goal);
  if (!horizon) return { id: 'future-oriented', label, met: false, reason: 'it has no target date' };
  const when = by?.value || horizon.last;
  return horizon.last < today
    ? { id: 'future-oriented', label, met: false, reason: `the target date (${when}) has passed and the goal is still open` }
    : { id: 'future-oriented', label, met: true, reason: `target date ${when}` };
}

function stretch(goal: Goal, maintenance: PhraseMatcher): PropertyCheck {
  const line = field(goal, 'stretch');
  if (line?.value) return { id: 'stretch', label: 'A stretch', met: true, reason: `the "${line.label}" line says what is new` };
  const hit = isOpen(goal) && !line ? statusQuoHit(goal.statement, maintenance) : undefined;
  return hit
    ? { id: 'stretch', label: 'A stretch', met: false, reason: `"${hit.phrase}" keeps things as they are and there is no "Stretch" line` }
    : { id: 'stretch', label: 'A stretch', met: true, reason: 'nothing in it keeps the status quo' };
}

/** Challenge questions under the goal that have no answer yet. */
export function openQuestionCount(goal: Goal): number {
  return goal.challenges.filter((q) => !q.answer).length;
}

/** "4 of 5 properties met · 1 open question": the line code lenses and hovers share. */
export function propertySummary(checks: readonly PropertyCheck[], openQuestions: number): string {
  const parts = [`${checks.filter((c) => c.met).length} of ${checks.length} properties met`];
  if (openQuestions > 0) parts.push(`${openQuestions} open question${openQuestions === 1 ? '' : 's'}`);
  return parts.join(' · ');
}
