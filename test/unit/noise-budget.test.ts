// A noise budget: decent plans from different walks of life, written as mentors write them, get only
// findings worth acting on: at most three warnings and information findings together, and at most
// three hints. Every expected finding is listed, so a new one shows up here first.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../server/src/core/check';
import { TODAY } from './rules/support';

const PLANS: Readonly<Record<string, readonly string[]>> = {
  // A ward nurse heading for a ward of her own.
  'joy.plan.md': [],
  // A maths teacher, second in department.
  'tomasz.plan.md': ['43 information exploring-goal "Decide between"'],
  // A furniture maker growing her own business.
  'aroha.plan.md': ['60 information exploring-goal "Explore what"'],
};

describe('noise budget', () => {
  for (const [name, expected] of Object.entries(PLANS)) {
    it(`${name}: exactly the expected findings, within the budget`, () => {
      const text = readFileSync(join(__dirname, '..', 'fixtures', 'plans', 'noise', name), 'utf8');
      const { isPlan, plan, findings } = checkDocument(text, { relativePath: `mentees/${name}`, today: TODAY });
      assert.equal(isPlan, true);
      const quoted = (message: string): string => /^("[^"]*")/.exec(message)?.[1] ?? '';
      assert.deepEqual(findings.map((f) => `${plan.lines.lineOf(f.span.start) + 1} ${f.severity} ${f.ruleId} ${quoted(f.message)}`.trimEnd()), expected);
      assert.ok(findings.filter((f) => f.severity === 'warning' || f.severity === 'information').length <= 3, 'warnings and information');
      assert.ok(findings.filter((f) => f.severity === 'hint').length <= 3, 'hints');
      assert.deepEqual(findings.filter((f) => f.severity === 'error'), []);
    });
  }
});
