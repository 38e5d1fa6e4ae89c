// Goals that evolve: the past-due fix that starts the new goal, and the chain the overview shows.

import { strict as assert } from 'node:assert';
import { checkPlan, judgePlan } from '../../server/src/core/check';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { parsePlan } from '../../server/src/core/parse';
import { pastDueFixes } from '../../server/src/features/code-actions/dates';
import type { SpanEdit } from '../../server/src/features/code-actions/fix';
import { planOverview, type OverviewInput } from '../../server/src/features/overview';

/** The overview with the goals' properties judged by the same check as the diagnostics. */
function summarise(input: Omit<OverviewInput, 'properties'>) {
  return planOverview({ ...input, properties: judgePlan(input.plan, { today: input.today }).properties });
}

const TODAY = '2026-12-04';
const TITLE = 'It has changed: write the new goal and mark this one evolved';

/** Applies edits as an editor applies a workspace edit: inserts at one offset keep their order. */
function apply(text: string, edits: readonly SpanEdit[]): string {
  const ordered = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.span.start - a.e.span.start || b.i - a.i);
  return ordered.reduce((t, { e }) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

function evolve(text: string): string {
  const plan = parsePlan(text);
  const finding = checkPlan(plan, { today: TODAY }).find((f) => f.ruleId === 'past-due');
  assert.ok(finding, 'the goal is past due');
  const fix = pastDueFixes({ ruleId: 'past-due', span: finding.span, data: {} }, { plan, today: TODAY }).find((f) => f.title === TITLE);
  assert.ok(fix);
  return apply(text, fix.edits);
}

describe('goals that evolve', () => {
  it('marks a heading goal evolved and opens an empty goal after it', () => {
    const text = [
      '---',
      'type: mentoring-plan',
      '---',
      '## Goals',
      '',
      '### Open a second market stall on Saturdays',
      '- By: 2026-09-30',
      '- Status: active',
      '',
      '### Learn bookkeeping for the stall',
      '- By: 2027-03',
      '',
    ].join('\n');
    assert.equal(
      evolve(text),
      [
        '---',
        'type: mentoring-plan',
        '---',
        '## Goals',
        '',
        '### Open a second market stall on Saturdays',
        '- By: 2026-09-30',
        '- Status: evolved',
        '- Evolved into:',
        '',
        '### ',
        '',
        '### Learn bookkeeping for the stall',
        '- By: 2027-03',
        '',
      ].join('\n'),
    );
  });

  it('does the same for a list goal, without copying its checkbox', () => {
    const text = ['---', 'type: mentoring-plan', '---', '## Goals', '', '- [ ] Swim 1,500 m front crawl without stopping', '  - By: 2026-08', ''].join('\n');
    assert.equal(evolve(text), ['---', 'type: mentoring-plan', '---', '## Goals', '', '- [ ] Swim 1,500 m front crawl without stopping', '  - By: 2026-08', '  - Status: evolved', '  - Evolved into:', '- ', ''].join('\n'));
  });

  it('follows "Evolved into" links both ways in the overview', () => {
    const plan = parsePlan(
      [
        '---',
        'type: mentoring-plan',
        '---',
        '## Goals',
        '',
        '### Become a head chef',
        '- Status: evolved',
        '- Evolved into: [run the pastry section](#run-the-pastry-section-at-marlows)',
        '',
        "### Run the pastry section at Marlow's",
        '- By: 2027-06',
        '',
        '### Enter a baking competition',
        '- Status: evolved',
        '- Evolved into: a supper club, once the section is running',
        '',
      ].join('\n'),
    );
    const goals = summarise({ uri: 'u', plan, findings: [], config: DEFAULT_CONFIG, today: TODAY }).goals;
    assert.deepEqual(
      goals.map((g) => [g.statement, g.evolvedInto, g.evolvedFrom]),
      [
        ['Become a head chef', "Run the pastry section at Marlow's", undefined],
        ["Run the pastry section at Marlow's", undefined, ['Become a head chef']],
        ['Enter a baking competition', 'a supper club, once the section is running', undefined],
      ],
    );
  });
});
