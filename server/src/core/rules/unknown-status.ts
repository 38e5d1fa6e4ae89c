import { STATUSES } from '../../data/kinds';
import { statusOfValue } from '../goal-facts';
import { field } from '../model';
import { EVERY_GOAL, type Rule } from '../rule';

const KNOWN = STATUSES.map((s) => s.value);
const LISTED = `${KNOWN.slice(0, -1).join(', ')} or ${KNOWN[KNOWN.length - 1]}`;

export const unknownStatus: Rule = {
  id: 'unknown-status',
  judges: EVERY_GOAL,
  check(context) {
    for (const goal of context.plan.goals) {
      const status = field(goal, 'status');
      if (!status?.value || statusOfValue(status.value)) continue;
      context.report({
        span: status.valueSpan,
        message: `"${status.value}" is not a status, so this goal counts as active. Use ${LISTED}.`,
        data: { value: status.value, statuses: KNOWN },
      });
    }
  },
};
