// The agenda of one plan: what to bring to the next session, in the order a mentor takes it.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { judgePlan } from '../../server/src/core/check';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { parsePlan } from '../../server/src/core/parse';
import { monthsBefore, planAgenda } from '../../server/src/features/agenda';
import { sessionEntry } from '../../server/src/features/session-entry';
import { planOverview, type OverviewInput } from '../../server/src/features/overview';

/** The overview with the goals' properties judged by the same check as the diagnostics. */
function summarise(input: Omit<OverviewInput, 'properties'>) {
  return planOverview({ ...input, properties: judgePlan(input.plan, { today: input.today }).properties });
}

const FIXTURES = path.resolve(__dirname, '../fixtures/overview');
const TODAY = '2026-12-04';

function agendaOf(text: string, today = TODAY, lineDates?: (string | undefined)[]) {
  const plan = parsePlan(text);
  const overview = summarise({ uri: 'u', plan, findings: [], config: DEFAULT_CONFIG, today, lineDates });
  return planAgenda({ plan, overview, config: DEFAULT_CONFIG, today });
}
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const summary = (agenda: ReturnType<typeof agendaOf>) => agenda.items.map((i) => [i.kind, i.text, i.goal, i.range.start.line]);

describe('session agenda', () => {
  it('lists what is due, open questions, an unexplored feeling and the agreed actions, in that order', () => {
    const agenda = agendaOf(fixture('tomasz.plan.md'));
    assert.deepEqual(summary(agenda), [
      ['past-due', '"Lead the morning handover for two weeks in a row" was due 2026-10-31 and is still active.', 'Lead the morning handover for two weeks in a row', 25],
      ['due-before-review', '"Pass the advanced life support course" is due 2027-01-10, before the next review (2027-01-15).', 'Pass the advanced life support course', 37],
      ['challenge-question', 'What will you stop doing to make room for this?', 'Lead the morning handover for two weeks in a row', 35],
      ['exploration-question', 'Identity: Who would you like to have become a few years from now?', undefined, 18],
      ['feeling-probes', '"Feel less anxious before night shifts" is a feeling; ask what lies underneath it with the root-cause probes.', 'Feel less anxious before night shifts', 44],
      ['next-time', 'Agreed actions: Tomasz books the ALS course date; Ruth asks Dawn for two handover slots a week', undefined, 63],
    ]);
    assert.equal(
      agenda.markdown,
      [
        '# Next session with Tomasz Wójcik',
        '',
        'Next review: 2027-01-15 · last session: 2026-11-23',
        '',
        '## Past their target date',
        '',
        '- "Lead the morning handover for two weeks in a row" was due 2026-10-31 and is still active.',
        '',
        '## Due before the next review',
        '',
        '- "Pass the advanced life support course" is due 2027-01-10, before the next review (2027-01-15).',
        '',
        '## Challenge questions still open',
        '',
        '- What will you stop doing to make room for this? ("Lead the morning handover for two weeks in a row")',
        '',
        '## Exploration questions not yet answered',
        '',
        '- Identity: Who would you like to have become a few years from now?',
        '',
        '## Feelings to explore underneath',
        '',
        '- "Feel less anxious before night shifts" is a feeling; ask what lies underneath it with the root-cause probes.',
        '',
        '## Agreed last time',
        '',
        '- Agreed actions: Tomasz books the ALS course date; Ruth asks Dawn for two handover slots a week',
        '',
      ].join('\n'),
    );
  });

  it('counts the probes still unanswered and reads a "Next time" line of the latest session', () => {
    assert.deepEqual(summary(agendaOf(fixture('lena.plan.md'))), [
      ['due-before-review', '"Stop feeling out of my depth on site" is due 2027-02, before the next review (March 2027).', 'Stop feeling out of my depth on site', 23],
      ['feeling-probes', '"Stop feeling out of my depth on site": 1 of 3 root-cause probes still unanswered.', 'Stop feeling out of my depth on site', 23],
      ['next-time', 'Next time: bring the drawings for the bookcase and a first quote.', undefined, 39],
    ]);
  });

  it('leaves out a feeling goal whose probes are all answered, and history', () => {
    const plan = `---
type: mentoring-plan
next-review: 2027-03-01
---
## Goals

### Feel calmer when presenting to the board
- By: 2027-02-01

#### Root-cause probes
- Is this about confidence, a doubt that you can do it? Yes: the last board meeting went badly.
- Is it about how you plan your time and organise your work? No.

### Publish the allotment society's newsletter
- By: 2026-10-01
- Status: dropped

#### Challenge questions
- Why now?
`;
    assert.deepEqual(summary(agendaOf(plan)), [['due-before-review', '"Feel calmer when presenting to the board" is due 2027-02-01, before the next review (2027-03-01).', 'Feel calmer when presenting to the board', 6]]);
  });

  it('asks whether an active goal untouched for six months still serves the purpose', () => {
    const text = fixture('lena.plan.md');
    const lines = text.split('\n').length;
    const dates = Array.from({ length: lines }, (_, i) => (i >= 18 && i <= 22 ? '2026-06-04' : '2026-11-09'));
    const items = agendaOf(text, TODAY, dates).items.filter((i) => i.kind === 'still-serving');
    assert.deepEqual(items.map((i) => i.text), ['"Build a fitted bookcase for a paying client by May 2027" has not changed since 2026-06-04: is it still serving the purpose?']);
    // A day later than six months is not yet stale.
    const fresh = Array.from({ length: lines }, (_, i) => (i >= 18 && i <= 22 ? '2026-06-05' : '2026-11-09'));
    assert.deepEqual(agendaOf(text, TODAY, fresh).items.filter((i) => i.kind === 'still-serving'), []);
  });

  it('says so when nothing is waiting', () => {
    const agenda = agendaOf('---\ntype: mentoring-plan\nmentee: Ines\n---\n## Goals\n\n### Run the 10k in under 55 minutes\n- By: 2027-09\n');
    assert.deepEqual(agenda.items, []);
    assert.equal(agenda.markdown, '# Next session with Ines\n\nNothing in the plan is waiting for this session: no goal is due, and every question has an answer.\n');
  });

  it('writes a dated session entry holding the agenda as a checklist', () => {
    const agenda = agendaOf(fixture('lena.plan.md'));
    assert.equal(
      sessionEntry(agenda.items, TODAY),
      '### 2026-12-04\n\n- [ ] "Stop feeling out of my depth on site" is due 2027-02, before the next review (March 2027).\n- [ ] "Stop feeling out of my depth on site": 1 of 3 root-cause probes still unanswered.\n- [ ] Next time: bring the drawings for the bookcase and a first quote.\n',
    );
  });

  it('counts months back by the calendar', () => {
    assert.equal(monthsBefore('2026-12-04', 6), '2026-06-04');
    assert.equal(monthsBefore('2026-08-31', 6), '2026-02-28');
    assert.equal(monthsBefore('2027-03-15', 6), '2026-09-15');
  });
});
