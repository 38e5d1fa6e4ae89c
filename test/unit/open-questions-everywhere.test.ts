// One judgement of open challenge questions: the open-question rule, the overview, the agenda, the
// caseload, hovers and code lenses all count the same questions, under the same goals.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { judgePlan } from '../../server/src/core/check';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { parsePlan } from '../../server/src/core/parse';
import { openQuestionCount } from '../../server/src/core/properties';
import { planAgenda } from '../../server/src/features/agenda';
import { caseloadRow, statusCounts } from '../../server/src/features/caseload';
import { planOverview } from '../../server/src/features/overview';

const TODAY = '2026-12-04';

function judged(text: string) {
  const plan = parsePlan(text);
  const check = judgePlan(plan, { today: TODAY });
  const overview = planOverview({ uri: 'file:///plans/amara.plan.md', plan, findings: check.findings, config: DEFAULT_CONFIG, today: TODAY, properties: check.properties });
  const agenda = planAgenda({ plan, overview, config: DEFAULT_CONFIG, today: TODAY });
  return { plan, check, overview, agenda };
}

const questionFindings = (check: ReturnType<typeof judgePlan>) => check.findings.filter((f) => f.ruleId === 'open-question').map((f) => f.data?.questions);
const agendaQuestions = (agenda: ReturnType<typeof planAgenda>) => agenda.items.filter((i) => i.kind === 'challenge-question').map((i) => [i.goal, i.text]);

describe('open questions, one judgement everywhere', () => {
  const amara = judged(readFileSync(path.resolve(__dirname, '../fixtures/overview/amara.plan.md'), 'utf8'));

  it('a Replaces line answers "what will it replace?" for the rule, the overview, the agenda and the caseload alike', () => {
    assert.deepEqual(questionFindings(amara.check), [['What need of yours would reaching this goal meet?']]);
    assert.deepEqual(amara.overview.goals.map((g) => [g.statement, g.status, g.openQuestions]), [
      ['Write the grant bid for the new cold store', 'active', 0],
      ['Work out whether a paid role at the food bank suits her', 'exploring', 1],
      ['Recruit ten drivers for the Saturday rounds', 'done', 0],
    ]);
    assert.equal(amara.overview.openQuestions, 1);
    assert.deepEqual(agendaQuestions(amara.agenda), [['Work out whether a paid role at the food bank suits her', 'What need of yours would reaching this goal meet?']]);
    assert.equal(caseloadRow({ ...amara.overview, path: 'plans/amara.plan.md' }).openQuestions, 1);
    assert.deepEqual(amara.plan.goals.map(openQuestionCount), [0, 1, 0]);
  });

  it('a goal worded as exploration, with no status, is exploring in the overview as the checks judge it', () => {
    assert.ok(amara.check.findings.some((f) => f.ruleId === 'exploring-goal'));
    assert.deepEqual(statusCounts([amara.overview]), [
      { label: 'active', count: 1 },
      { label: 'paused', count: 0 },
      { label: 'exploring', count: 1 },
      { label: 'done', count: 1 },
    ]);
  });

  it('the same goal without its Replaces line has that question open everywhere', () => {
    const text = readFileSync(path.resolve(__dirname, '../fixtures/overview/amara.plan.md'), 'utf8').replace('- Replaces: the Thursday stock count, which Priya takes over\n', '');
    const { check, overview, agenda } = judged(text);
    assert.deepEqual(questionFindings(check), [['What will you stop doing to make room for this?'], ['What need of yours would reaching this goal meet?']]);
    assert.deepEqual(overview.goals.map((g) => g.openQuestions), [1, 1, 0]);
    assert.equal(overview.openQuestions, 2);
    assert.deepEqual(agendaQuestions(agenda), [
      ['Write the grant bid for the new cold store', 'What will you stop doing to make room for this?'],
      ['Work out whether a paid role at the food bank suits her', 'What need of yours would reaching this goal meet?'],
    ]);
  });

  it('history and a goal still the template placeholder hold no open questions, as the rule sees them', () => {
    const text = [
      '---',
      'type: mentoring-plan',
      'mentee: Jonas Berg',
      '---',
      '## Goals',
      '',
      '### What will be different, for whom, by when',
      '',
      '#### Challenge questions',
      '- Why is now the right time for this goal?',
      '',
      '### Take the boat licence exam',
      '- Status: dropped',
      '',
      '#### Challenge questions',
      '- Why is now the right time for this goal?',
      '',
    ].join('\n');
    const { check, overview, agenda } = judged(text);
    assert.deepEqual(questionFindings(check), []);
    assert.deepEqual(overview.goals.map((g) => [g.statement, g.status, g.openQuestions]), [
      ['What will be different, for whom, by when', 'active', 0],
      ['Take the boat licence exam', 'dropped', 0],
    ]);
    assert.deepEqual(agendaQuestions(agenda), []);
  });
});
