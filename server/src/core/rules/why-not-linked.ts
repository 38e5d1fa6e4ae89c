import { linkProblem, notAim, type NotAim } from '../links';
import { field } from '../model';
import type { Rule } from '../rule';

/** What the link leads to instead of a larger aim, as the message and the hover say it. */
const LEADS_TO: Readonly<Record<NotAim, string>> = {
  'own-goal': 'this goal itself',
  'other-goal': 'another goal',
  session: 'a session note',
  exploration: 'the exploration',
  'not-purpose': 'a heading that is not a purpose',
  'other-plan': "another mentee's plan",
};

export const whyNotLinked: Rule = {
  id: 'why-not-linked',
  check(context) {
    const purposes = context.plan.purposes.map((p) => p.heading.slug);
    for (const goal of context.plan.goals) {
      const why = field(goal, 'why');
      if (!why) continue;
      const data = { text: why.value, valueStart: why.valueSpan.start, valueEnd: why.valueSpan.end, purposes };
      if (why.links.length > 0) {
        // Broken links are broken-why-link's; one link to a larger aim is enough.
        const kinds = why.links.map((l) => (linkProblem(context.plan, l, context.resolveLink) ? 'broken' : notAim(context.plan, goal, l, context.resolveLink)));
        const first = kinds.find((k): k is NotAim => k !== undefined && k !== 'broken');
        if (!first || kinds.some((k) => k === undefined || k === 'broken')) continue;
        const leadsTo = LEADS_TO[first];
        context.report({
          span: why.links[kinds.indexOf(first)].span,
          message: `This why-link points to ${leadsTo}, not to a larger aim. Link to a purpose the goal serves, in this plan or a shared aims file.`,
          data: { ...data, notAim: `the link points to ${leadsTo}, not to a larger aim` },
        });
        continue;
      }
      const empty = why.valueSpan.start === why.valueSpan.end;
      context.report({
        span: empty ? why.span : why.valueSpan,
        message: empty
          ? 'The "Why this matters" line is empty. Link it to the larger aim this goal serves: a purpose heading in this plan, or an aims file.'
          : 'The "Why this matters" line gives a reason but links to no larger aim. Link it to a purpose heading or an aims file, so the connection stays visible.',
        // The purposes of this plan are the link targets a quick fix can offer.
        data,
      });
    }
  },
};
