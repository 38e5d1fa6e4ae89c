// The overview of one plan: who it is for, when it is reviewed, and how each goal stands.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../../server/src/core/check';
import { judgePlan } from '../../server/src/core/check';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { parsePlan } from '../../server/src/core/parse';
import { kindValues, planOverview, type OverviewInput } from '../../server/src/features/overview';

/** The overview with the goals' properties judged by the same check as the diagnostics. */
function summarise(input: Omit<OverviewInput, 'properties'>) {
  return planOverview({ ...input, properties: judgePlan(input.plan, { today: input.today }).properties });
}

const FIXTURES = path.resolve(__dirname, '../fixtures/overview');
const TODAY = '2026-12-04';
const read = (name: string) => parsePlan(readFileSync(path.join(FIXTURES, name), 'utf8'));
const finding = (severity: Finding['severity']): Finding => ({ ruleId: 'vague-goal', severity, message: '', span: { start: 0, end: 0 } });
const line = (n: number, from: number, to: number) => ({ start: { line: n, character: from }, end: { line: n, character: to } });

describe('plan overview', () => {
  it('summarises a plan with front matter, heading goals and dated sessions', () => {
    const findings = [finding('warning'), finding('hint'), finding('warning'), finding('error')];
    const overview = summarise({ uri: 'file:///plans/tomasz.plan.md', plan: read('tomasz.plan.md'), findings, config: DEFAULT_CONFIG, today: TODAY });
    assert.deepEqual(overview, {
      uri: 'file:///plans/tomasz.plan.md',
      mentee: 'Tomasz Wójcik',
      mentor: 'Ruth Adeyemi',
      nextReview: '2027-01-15',
      reviewOverdue: false,
      lastSession: '2026-11-23',
      findings: { error: 1, warning: 2, information: 0, hint: 1 },
      openQuestions: 1,
      goals: [
        { statement: 'Lead the morning handover for two weeks in a row', range: line(25, 4, 52), status: 'active', by: '2026-10-31', due: '2026-10-31', kinds: ['ladder', 'career'], pastDue: true, propertiesMet: 4, openQuestions: 1 },
        { statement: 'Pass the advanced life support course', range: line(37, 4, 41), status: 'active', by: '2027-01-10', due: '2027-01-10', kinds: ['lattice', 'enabling'], pastDue: false, propertiesMet: 5, openQuestions: 0 },
        { statement: 'Feel less anxious before night shifts', range: line(44, 4, 41), status: 'active', by: 'Q2 2027', due: '2027-06-30', kinds: ['emotional'], pastDue: false, propertiesMet: 2, openQuestions: 0 },
        // History: its date has passed, and that is not past due.
        { statement: 'Shadow the bed manager for a day', range: line(49, 4, 36), status: 'done', by: '2026-09-30', due: '2026-09-30', kinds: ['enabling'], pastDue: false, propertiesMet: 3, openQuestions: 0 },
      ],
    });
  });

  it('reads list goals, dates in statements, written-out dates and a plan without a mentee', () => {
    const overview = summarise({ uri: 'file:///plans/lena.plan.md', plan: read('lena.plan.md'), findings: [], config: DEFAULT_CONFIG, today: TODAY });
    assert.deepEqual(overview, {
      uri: 'file:///plans/lena.plan.md',
      mentor: 'Olu Bankole',
      nextReview: 'March 2027',
      reviewOverdue: false,
      lastSession: '2026-11-09',
      findings: { error: 0, warning: 0, information: 0, hint: 0 },
      openQuestions: 0,
      goals: [
        { statement: 'Build a fitted bookcase for a paying client by May 2027', range: line(18, 2, 57), status: 'active', by: 'May 2027', due: '2027-05-31', kinds: ['career'], pastDue: false, propertiesMet: 5, openQuestions: 0 },
        { statement: 'Stop feeling out of my depth on site', range: line(23, 2, 38), status: 'active', by: '2027-02', due: '2027-02-28', kinds: [], pastDue: false, propertiesMet: 3, openQuestions: 0 },
        { statement: 'Keep my tool kit in order', range: line(30, 2, 27), status: 'paused', kinds: [], pastDue: false, propertiesMet: 1, openQuestions: 0 },
      ],
    });
  });

  it('judges the review and the goals against the day it is given', () => {
    const overview = summarise({ uri: 'u', plan: read('tomasz.plan.md'), findings: [], config: DEFAULT_CONFIG, today: '2027-02-01' });
    assert.equal(overview.reviewOverdue, true);
    assert.deepEqual(overview.goals.map((g) => g.pastDue), [true, true, false, false]);
    const earlier = summarise({ uri: 'u', plan: read('tomasz.plan.md'), findings: [], config: DEFAULT_CONFIG, today: '2026-10-31' });
    assert.deepEqual(earlier.goals.map((g) => g.pastDue), [false, false, false, false]);
  });

  it("dates each goal by the latest change to any of its lines, where the host knows it", () => {
    const plan = read('tomasz.plan.md');
    const lineDates: (string | undefined)[] = Array.from({ length: plan.lines.lineCount }, () => '2026-06-01');
    lineDates[29] = '2026-11-23'; // the first goal's kind line
    lineDates[44] = undefined; // the third goal's heading, not committed yet
    const overview = summarise({ uri: 'u', plan, findings: [], config: DEFAULT_CONFIG, today: TODAY, lineDates });
    assert.deepEqual(overview.goals.map((g) => g.lastChanged), ['2026-11-23', '2026-06-01', '2026-06-01', '2026-06-01']);
  });

  it('reads a plan without front matter, sessions or goals', () => {
    assert.deepEqual(summarise({ uri: 'u', plan: parsePlan('# Notes\n\nNothing yet.\n'), findings: [], config: DEFAULT_CONFIG, today: TODAY }), {
      uri: 'u',
      reviewOverdue: false,
      findings: { error: 0, warning: 0, information: 0, hint: 0 },
      openQuestions: 0,
      goals: [],
    });
  });

  it('splits kinds as the unknown-kind rule does', () => {
    assert.deepEqual(kindValues('Ladder & Career'), ['ladder', 'career']);
    assert.deepEqual(kindValues('lattice and **developmental**; enabling/emotional'), ['lattice', 'developmental', 'enabling', 'emotional']);
    assert.deepEqual(kindValues(''), []);
  });
});
