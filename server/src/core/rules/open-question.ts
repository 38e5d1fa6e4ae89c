import { challengeFor } from '../../data/questions';
import { openChallenges } from '../goal-facts';
import type { Rule } from '../rule';

/** How the message names a question: its short title when it is one of the product's, else its own words. */
const named = (text: string): string => `"${challengeFor(text)?.title ?? text.replace(/\?$/, '')}"`;

export const openQuestion: Rule = {
  id: 'open-question',
  check(context) {
    for (const goal of context.plan.goals) {
      const open = openChallenges(goal);
      if (open.length === 0) continue;
      const which = open.length === 1 ? named(open[0].text) : `${open.slice(0, -1).map((q) => named(q.text)).join(', ')} and ${named(open[open.length - 1].text)}`;
      const total = goal.challenges.length;
      const count = open.length < total ? `${open.length} of ${total} challenge questions` : total === 1 ? 'The challenge question' : total === 2 ? 'Both challenge questions' : `All ${total} challenge questions`;
      context.report({
        span: goal.challengeHeading?.textSpan ?? open[0].questionSpan,
        message: `${count} ${open.length === 1 ? 'is' : 'are'} still open: ${which}. Write each answer after its question mark.`,
        data: { questions: open.map((q) => q.text) },
      });
    }
  },
};
