// exploring-goal and unknown-status: set the goal's status. The mentor picks it, so never part of "fix all".

import { STATUSES } from '../../data/kinds';
import { goalAt, setFieldEdit, type FixProvider } from './fix';

export const exploringGoalFixes: FixProvider = (target, { plan }) => {
  const goal = goalAt(plan, target.span.start);
  if (!goal) return [];
  return [{ title: 'Mark it "Status: exploring"', edits: [setFieldEdit(plan, goal, 'status', 'exploring')], isPreferred: true }];
};

export const unknownStatusFixes: FixProvider = (target, { plan }) => {
  const goal = goalAt(plan, target.span.start);
  if (!goal) return [];
  return STATUSES.map((s) => ({ title: `Change the status to "${s.value}"`, edits: [setFieldEdit(plan, goal, 'status', s.value)] }));
};
