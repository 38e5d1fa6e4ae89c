// Code lenses: how many of the five properties each goal meets, and how many goals link to each purpose.

import type { CodeLens, Range } from 'vscode-languageserver';
import type { Goal } from '../core/model';
import { openQuestionCount, propertySummary, type PropertyCheck } from '../core/properties';

/** A lens is a label here; an empty command id makes it plain text in clients. */
function label(range: Range, title: string): CodeLens {
  return { range, command: { title, command: '' } };
}

export function goalLens(range: Range, goal: Goal, checks: readonly PropertyCheck[]): CodeLens {
  return label(range, propertySummary(checks, openQuestionCount(goal)));
}

export function purposeLens(range: Range, linkingGoals: number): CodeLens {
  return label(range, linkingGoals === 0 ? 'linked by no goals yet' : `linked by ${linkingGoals} goal${linkingGoals === 1 ? '' : 's'}`);
}
