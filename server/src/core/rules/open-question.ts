import type { Rule } from '../rule';

export const openQuestion: Rule = {
  id: 'open-question',
  check(context) {
    for (const goal of context.plan.goals) {
      for (const q of goal.challenges) {
        if (q.answer) continue;
        context.report({
          span: q.questionSpan,
          message: `"${q.text}" has no answer yet. Take it into the next session and write down what the mentee says.`,
          // An answer is written after the question mark, on the same line.
          data: { question: q.text, answerAt: q.questionSpan.end },
        });
      }
    }
  },
};
