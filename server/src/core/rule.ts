// The contract every rule file fulfils.

import type { RuleId } from '../data/catalogue';
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

export interface Rule {
  readonly id: RuleId;
  check(context: RuleContext): void;
}
