// vague-goal and missing-replaces: add the field line the goal lacks, empty for the mentor to fill in.
// Not part of "fix all": an empty line is a prompt, not an answer.

import { fieldInfo } from '../../data/fields';
import { fieldLineEdit, goalAt, type FixProvider } from './fix';

export const vagueGoalFixes: FixProvider = (target, { plan }) => {
  const goal = goalAt(plan, target.span.start);
  if (!goal || goal.fields.some((f) => f.key === 'success')) return [];
  return [{ title: `Add a "${fieldInfo('success').label}" line`, edits: [fieldLineEdit(plan, goal, 'success', '')], isPreferred: true }];
};

export const missingReplacesFixes: FixProvider = (target, { plan }) => {
  const goal = goalAt(plan, target.span.start);
  if (!goal) return [];
  return [{ title: `Add a "${fieldInfo('replaces').label}" line`, edits: [fieldLineEdit(plan, goal, 'replaces', '')], isPreferred: true }];
};
