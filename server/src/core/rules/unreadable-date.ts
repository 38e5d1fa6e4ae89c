import { parseDate } from '../dates';
import { FRONT_MATTER_DATE_KEYS, frontMatterDate } from '../front-matter-dates';
import { field } from '../model';
import { EVERY_GOAL, type Rule } from '../rule';

const HOW = 'Write it as 2027-01-15, 2027-01, Q1 2027, January 2027 or 15 January 2027.';

export const unreadableDate: Rule = {
  id: 'unreadable-date',
  judges: EVERY_GOAL,
  check(context) {
    for (const key of FRONT_MATTER_DATE_KEYS) {
      const v = frontMatterDate(context.plan, key);
      if (v && !parseDate(v.value)) context.report({ span: v.span, message: `"${v.value}" (${key}) cannot be read as a date. ${HOW}`, data: { value: v.value, key } });
    }
    for (const goal of context.plan.goals) {
      const by = field(goal, 'by');
      if (!by?.value || parseDate(by.value)) continue;
      context.report({ span: by.valueSpan, message: `"${by.value}" cannot be read as a date, so the horizon cannot be checked. ${HOW}`, data: { value: by.value, key: 'by' } });
    }
  },
};
