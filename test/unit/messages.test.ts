// Messages a mentor would say: what is missing and one next step, short, in words that read right
// whoever is typing, quoting the plan as it was written.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../server/src/core/check';
import { RULE_IDS } from '../../server/src/data/catalogue';
import { TODAY } from './rules/support';

// The variants messy.plan.md does not show: an empty why line, an exploration with nothing answered,
// an Owner line giving the goal away, a missing aims file.
const VARIANTS = `---
type: mentoring-plan
mentee: Ines
next-review: 2027-01-10
---
## Exploration

- What do you care about most at work?

## Goals

### Publish the Ward 7 handover checklist
- Why this matters:
- By: 2027-02
- Replaces: the verbal handover at 19:30
- Owner: mostly the matron's

### Run the Band 6 teaching day
- Why this matters: [aims](../aims-we-never-wrote.md)
- By: 2027-04
- Replaces: the agency trainer
`;

function findingsOf(text: string): readonly { ruleId: string; message: string }[] {
  return checkDocument(text, { relativePath: 'plans/ines.plan.md', today: TODAY, resolveLink: () => ({ kind: 'missing' }) }).findings;
}

describe('messages', () => {
  const messy = readFileSync(join(__dirname, '..', '..', 'examples', 'messy.plan.md'), 'utf8');
  const all = [...findingsOf(messy).map((f) => ({ ...f, text: messy })), ...findingsOf(VARIANTS).map((f) => ({ ...f, text: VARIANTS }))];

  it('cover every rule but invalid front matter', () => {
    assert.deepEqual(RULE_IDS.filter((id) => !all.some((f) => f.ruleId === id)), ['invalid-front-matter']);
  });

  it('are at most 30 words, say what to do, and never speak of "the mentee"', () => {
    for (const { ruleId, message } of all) {
      assert.ok(message.split(/\s+/).length <= 30, `${ruleId}: ${message}`);
      assert.doesNotMatch(message, /\b(the|your) mentee\b/i, ruleId);
      assert.match(message, /\. [A-Z][^.]*[.?]\)?\.?$/, `${ruleId}: a next step follows what is missing`);
    }
  });

  it('quote the plan in the case it was written', () => {
    for (const { ruleId, message, text } of all) {
      const quote = /^"([^"]+)"/.exec(message)?.[1];
      if (quote && !quote.startsWith('#')) assert.ok(text.includes(quote), `${ruleId}: ${quote}`);
    }
    assert.ok(all.some((f) => f.message.startsWith('"Someday"')));
    assert.ok(all.some((f) => f.message.startsWith('"My manager wants"')));
  });
});
