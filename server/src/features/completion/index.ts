// Completion in a plan: what fits where the cursor is, read from the line and the plan around it.

import type { Plan } from '../../core/model';
import { kindSuggestions, statusSuggestions } from './field-values';
import { fieldLabelSuggestions } from './field-labels';
import type { Suggestion } from './item';
import type { LinkableFile } from './link-targets';
import { fieldAtCursor, goalForFieldItem, inChallengeList, lineContext } from './line-context';
import { bankQuestionSuggestions, challengeQuestionSuggestions } from './questions';
import { whyLinkSuggestions } from './why-links';

export function completions(plan: Plan, offset: number, files: readonly LinkableFile[]): Suggestion[] {
  const line = lineContext(plan, offset);
  const field = fieldAtCursor(plan, line);
  if (field) {
    if (offset < field.valueStart) return [];
    const values = field.key === 'why' ? whyLinkSuggestions(plan, field.valueStart, offset, files) : field.key === 'kind' ? kindSuggestions(plan, field.valueStart, offset) : field.key === 'status' ? statusSuggestions(field.valueStart, offset) : [];
    // Right after the colon, the value needs its space.
    return values.map((s) => (plan.text[s.span.start - 1] === ':' ? { ...s, newText: ` ${s.newText}` } : s));
  }
  const typed = plan.text.slice(line.contentStart, offset);
  // Only at the start of an item (or of a blank line): a word or two typed, nothing that ends a label.
  if (/[:?]/.test(typed)) return [];
  const challengeGoal = inChallengeList(plan, line);
  if (challengeGoal) return challengeQuestionSuggestions(challengeGoal, line);
  const bank = bankQuestionSuggestions(plan, line);
  if (bank.length > 0) return bank;
  const goal = line.isListItem ? goalForFieldItem(plan, line) : undefined;
  return goal ? fieldLabelSuggestions(goal, line) : [];
}

export type { Suggestion } from './item';
export type { LinkableFile } from './link-targets';
