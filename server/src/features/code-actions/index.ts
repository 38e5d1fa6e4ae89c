// Quick fixes for one diagnostic, chosen by its rule id: the rule's own fixes, then the disable comments.

import type { RuleId } from '../../data/catalogue';
import { brokenWhyLinkFixes } from './broken-why-link';
import { noHorizonFixes, pastDueFixes, unreadableDateFixes } from './dates';
import { disableFixes } from './disable-comments';
import { missingReplacesFixes, vagueGoalFixes } from './field-lines';
import type { FixContext, FixProvider, FixTarget, QuickFix } from './fix';
import { missingWhyFixes, whyNotLinkedFixes } from './missing-why';
import { borrowedGoalFixes, prematureGoalsFixes, symptomGoalFixes } from './question-lists';
import { compoundGoalFixes } from './split-compound';
import { exploringGoalFixes, unknownStatusFixes } from './statuses';
import { unknownKindFixes } from './unknown-kind';

const PROVIDERS: Partial<Record<RuleId, FixProvider>> = {
  'missing-why': missingWhyFixes,
  'why-not-linked': whyNotLinkedFixes,
  'broken-why-link': brokenWhyLinkFixes,
  'no-horizon': noHorizonFixes,
  'unreadable-date': unreadableDateFixes,
  'past-due': pastDueFixes,
  'vague-goal': vagueGoalFixes,
  'symptom-goal': symptomGoalFixes,
  'compound-goal': compoundGoalFixes,
  'borrowed-goal': borrowedGoalFixes,
  'unknown-kind': unknownKindFixes,
  'missing-replaces': missingReplacesFixes,
  'premature-goals': prematureGoalsFixes,
  'exploring-goal': exploringGoalFixes,
  'unknown-status': unknownStatusFixes,
};

/** The rule's own fixes for the diagnostic (used by fix all as well). */
export function ruleFixes(target: FixTarget, context: FixContext): QuickFix[] {
  return PROVIDERS[target.ruleId as RuleId]?.(target, context) ?? [];
}

export function quickFixes(target: FixTarget, context: FixContext): QuickFix[] {
  return [...ruleFixes(target, context), ...disableFixes(target, context.plan)];
}

export type { FixContext, FixTarget, QuickFix, SpanEdit } from './fix';
