// The contract every rule file fulfils.

import type { RuleId } from '../data/catalogue';
import type { GoalStage } from '../data/kinds';
import type { CheckConfig, PhraseListId } from './config';
import type { LinkResolver } from './links';
import type { Plan } from './model';
import type { PhraseMatcher } from './phrase-matcher';
import type { Span } from './text';

/** JSON data a finding carries for quick fixes, so code actions need no second analysis. */
export type FindingData = { readonly [key: string]: string | number | boolean | null | readonly string[] | FindingData };

export interface Report {
  readonly span: Span;
  readonly message: string;
  readonly data?: FindingData;
}

export interface RuleContext {
  readonly plan: Plan;
  readonly config: CheckConfig;
  /** ISO date the date rules compare with. */
  readonly today: string;
  readonly resolveLink?: LinkResolver;
  phrases(list: PhraseListId): PhraseMatcher;
  report(report: Report): void;
}

/** For rules about what stays wrong in any goal, history included: a broken link, an unreadable date. */
export const EVERY_GOAL: readonly GoalStage[] = ['open', 'exploring', 'history'];
/** For rules that ask a goal to be pinned down, which an exploring goal is not yet expected to be. */
export const OPEN_GOALS: readonly GoalStage[] = ['open'];

export interface Rule {
  readonly id: RuleId;
  /**
   * The goals the rule judges, by stage: the check hands it a plan holding only those. Default: open and
   * exploring goals; history (done, dropped, evolved) is a record, judged only for what stays wrong in it.
   */
  readonly judges?: readonly GoalStage[];
  check(context: RuleContext): void;
}
