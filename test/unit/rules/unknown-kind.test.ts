import assert from 'node:assert/strict';
import { itHonoursControls, run } from './support';

const PLAN = `---
type: mentoring-plan
mentee: Dev
---
## Goals

### Move into the staff engineer role
- Kind: ladder, carrer
- By: 2027-09

### Get calmer before big presentations
- **Type:** emotional / personal

- Learn to read a P&L
  - Kind: enabling and lattice
  - By: Q1 2027

- Own the on-call handbook
  - Kind: Lattice + Developmental
`;

describe('unknown-kind', () => {
  it('flags each unknown value on its own span', () => {
    assert.deepEqual(run('unknown-kind', PLAN).at, ['8:17-8:23 carrer', '12:25-12:33 personal']);
  });

  it('suggests a close kind in the message and the data', () => {
    const [typo, other] = run('unknown-kind', PLAN).findings;
    assert.equal(
      typo.message,
      '"carrer" is not a kind of goal. Use ladder or lattice for direction, and career, developmental, enabling or emotional for the kind (did you mean "career"?).',
    );
    assert.deepEqual(typo.data, { value: 'carrer', suggestion: 'career', suggestions: ['career'], kinds: ['ladder', 'lattice', 'career', 'developmental', 'enabling', 'emotional'] });
    assert.equal(other.message, '"personal" is not a kind of goal. Use ladder or lattice for direction, and career, developmental, enabling or emotional for the kind.');
    assert.equal(other.data?.suggestion, null);
  });

  it('suggests from an abbreviation and a misspelling', () => {
    const kinds = (value: string): unknown => run('unknown-kind', `## Goals\n\n### Lead\n- Kind: ${value}\n`).findings[0]?.data?.suggestions;
    assert.deepEqual(kinds('dev'), ['developmental']);
    assert.deepEqual(kinds('latice'), ['lattice']);
    assert.deepEqual(kinds('wizard'), []);
  });

  it('accepts known kinds in any case, with "and", "&", "+", "/" and markup', () => {
    for (const value of ['Ladder', 'lattice & career', 'ENABLING and emotional', '**developmental**', 'career/ladder', '']) {
      assert.deepEqual(run('unknown-kind', `## Goals\n\n### Lead\n- Kind: ${value}\n`).at, [], value);
    }
  });

  itHonoursControls('unknown-kind', PLAN);
});
