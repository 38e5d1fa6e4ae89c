// Front-matter mistakes are told in plain words on the line of the mistake, and front matter that
// never closes is reported rather than read as text.

import { strict as assert } from 'node:assert';
import { parsePlan } from '../../server/src/core/parse';
import type { Plan } from '../../server/src/core/model';

/** `line: message` of a plan's front-matter error, lines counted from 1 in the whole file. */
function mistake(text: string): string | undefined {
  const plan: Plan = parsePlan(text);
  const error = plan.frontMatter?.error;
  return error && `${plan.lines.lineOf(error.span.start) + 1}: ${error.message} | ${text.slice(error.span.start, error.span.end)}`;
}

const plan = (...details: string[]): string => ['---', 'type: mentoring-plan', ...details, '---', '# Plan', '', '## Goals', ''].join('\n');

describe('front-matter mistakes', () => {
  for (const [name, text, expected] of [
    ['a colon inside a value', plan('title: Spring cohort: Jun Park', 'mentor: Ines'), '3: a value containing ": " needs quotes, such as title: "Plan: spring" | title: Spring cohort: Jun Park'],
    ['a line with no colon', plan('mentee Jun Park', 'mentor: Ines'), '3: each line needs a name, a colon and a value, such as mentee: Priya | mentee Jun Park'],
    ['a detail given twice', plan('mentee: Jun Park', 'next-review: 2027-02-01', 'mentee: Jun'), '5: "mentee" is given twice; keep one | mentee: Jun'],
    ['a tab at the start of a line', plan('mentee: Jun Park', '\tmentor: Ines'), '4: a tab starts this line; use spaces | mentor: Ines'],
    ['an unclosed double quote', plan('mentee: "Jun Park', 'mentor: Ines', 'next-review: 2027-02-01'), '3: a value opens a double quote (") and never closes it | mentee: "Jun Park'],
    ['an unclosed list', plan('mentors: [Ines, Tobi', 'mentee: Jun Park'), '3: a list opened with [ is not closed with ] on the same line | mentors: [Ines, Tobi'],
    ['a value starting with @', plan('mentee: @junpark'), '3: a value starting with @ needs quotes, such as mentee: "@priya" | mentee: @junpark'],
    ['a line indented as if it belonged to the one above', plan('mentee: Jun Park', '  mentor: Ines'), '4: this line starts further in than the one above; start each detail at the same column | mentor: Ines'],
  ] as const) {
    it(`${name}: plain words, on the line of the mistake`, () => {
      assert.equal(mistake(text), expected);
    });
  }

  it('front matter without its closing --- is reported on the opening line; the details still mark the plan', () => {
    const text = '---\ntype: mentoring-plan\nmentee: Jun Park\n# Mentoring plan: Jun\n\n## Goals\n\n### Lead the Thursday stand-up\n';
    const parsed = parsePlan(text);
    assert.equal(mistake(text), '1: its closing "---" line is missing; add one below the last detail | ---');
    assert.equal(parsed.frontMatter?.raw, 'type: mentoring-plan\nmentee: Jun Park');
    assert.deepEqual(parsed.goals.map((g) => g.statement), ['Lead the Thursday stand-up']);
  });

  it('a file that starts with a rule and no details, or closes its front matter, is not reported', () => {
    assert.equal(parsePlan('---\n\n# Notes from the offsite\n').frontMatter?.error, undefined);
    assert.equal(parsePlan('# Notes\n\n---\n\nmore\n').frontMatter, undefined);
    assert.equal(mistake(plan('mentee: Jun Park')), undefined);
  });
});
