import assert from 'node:assert/strict';
import { itHonoursControls, run } from './support';

const PLAN = `---
type: mentoring-plan
mentee: Sam
---
## Purpose

### Become the person teams ask about data

## Goals

### Publish the data-quality dashboard
- Why this matters: people keep asking me which numbers to trust
- By: 2027-02

### Teach the analysts to write their own queries
- Why this matters:
- By: 2027-04

- Run the metrics guild for a quarter
  - **Why:** [data person](#become-the-person-teams-ask-about-data)
  - By: Q2 2027
`;

describe('why-not-linked', () => {
  it('flags a why line without a link on its value, and an empty one on the whole line', () => {
    assert.deepEqual(run('why-not-linked', PLAN).at, [
      '12:21-12:65 people keep asking me which numbers to trust',
      '16:3-16:20 Why this matters:',
    ]);
  });

  it('says what to do, differently for an empty line', () => {
    const [text, empty] = run('why-not-linked', PLAN).findings.map((f) => f.message);
    assert.equal(text, 'The "Why this matters" line gives a reason but links to no larger aim. Link it to a purpose heading or an aims file, so the connection stays visible.');
    assert.equal(empty, 'The "Why this matters" line is empty. Link it to the larger aim this goal serves: a purpose heading in this plan, or an aims file.');
  });

  it('accepts in-plan, file, web and reference-style links', () => {
    for (const value of ['[aims](#become-the-person-teams-ask-about-data)', '[aims](../aims.md)', 'see [the handbook](https://example.com/handbook)', '[aims][a]\n\n[a]: ../aims.md#data']) {
      assert.deepEqual(run('why-not-linked', `## Goals\n\n### Publish the dashboard\n- Why: ${value}\n`).at, [], value);
    }
  });

  it('does not fire when there is no why line at all (missing-why does)', () => {
    assert.deepEqual(run('why-not-linked', '## Goals\n\n### Publish the dashboard\n- By: 2027-02\n').at, []);
  });

  it('offers the plan\'s purposes to link to', () => {
    const [first] = run('why-not-linked', PLAN).findings;
    assert.deepEqual(first.data, {
      text: 'people keep asking me which numbers to trust',
      valueStart: first.span.start,
      valueEnd: first.span.end,
      purposes: ['become-the-person-teams-ask-about-data'],
    });
  });

  itHonoursControls('why-not-linked', PLAN);
});
