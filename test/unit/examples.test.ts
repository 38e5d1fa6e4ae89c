// The plans users see first: the README's example and examples/ must say what the docs promise.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULE_IDS } from '../../server/src/data/catalogue';
import { checkDocument } from '../../server/src/core/check';

const ROOT = path.resolve(__dirname, '../..');
const TODAY = '2026-11-22';

function check(text: string, relativePath: string) {
  return checkDocument(text, { relativePath, today: TODAY });
}

describe('examples', () => {
  it("the README's example plan is a plan with no findings", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const example = /## A plan\n\n```markdown\n([^]*?)```/.exec(readme)?.[1];
    assert.ok(example, 'README has a markdown example under "## A plan"');
    const result = check(example, 'amara.md');
    assert.equal(result.isPlan, true);
    assert.deepEqual(result.findings.map((f) => f.ruleId), []);
  });

  it('examples/good.plan.md has no findings', () => {
    const result = check(readFileSync(path.join(ROOT, 'examples/good.plan.md'), 'utf8'), 'examples/good.plan.md');
    assert.equal(result.isPlan, true);
    assert.deepEqual(result.findings.map((f) => f.ruleId), []);
  });

  it('examples/messy.plan.md trips every rule but invalid front matter', () => {
    const result = check(readFileSync(path.join(ROOT, 'examples/messy.plan.md'), 'utf8'), 'examples/messy.plan.md');
    const fired = new Set(result.findings.map((f) => f.ruleId));
    assert.deepEqual(
      RULE_IDS.filter((id) => !fired.has(id)),
      ['invalid-front-matter'],
    );
  });
});
