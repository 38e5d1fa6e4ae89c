import assert from 'node:assert/strict';
import type { LinkResolver } from '../../../server/src/core/links';
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

/** A plan whose why-links lead somewhere, but not always to a larger aim. */
const LEADS = `---
type: mentoring-plan
mentee: Ines
---
# Ines and Tomasz

## Purpose

### Run the night shift as charge nurse

## Exploration

### Values
- What matters most to you at work? Patients who leave knowing what happens next.

## Goals

### Lead three handovers on the surgical ward
- Why this matters: [my goal](#lead-three-handovers-on-the-surgical-ward)
- By: 2027-03

### Take the medication safety course by May
- Why this matters: [handovers](#lead-three-handovers-on-the-surgical-ward)

### Shadow the charge nurse on two night shifts
- Why this matters: [what we said](#2026-11-04-first-session) and [values](#values)

### Present the falls audit at the ward meeting
- Why this matters: [charge nurse](#run-the-night-shift-as-charge-nurse) and [notes](#2026-11-04-first-session)

### Cover the ward rota for a fortnight
- Why this matters: [Ana's aim](../ana.plan.md#lead-the-ward), [Ana's plan](../ana.plan.md), [trust aims](../trust-aims.md#safe-staffing)

### Mentor a student nurse through placement
- Why this matters: [the title](#ines-and-tomasz)

## Sessions

### 2026-11-04 first session
Talked about nights.
`;

/** ana.plan.md is another mentee's plan with one purpose; trust-aims.md is a shared aims file. */
const leadsResolver: LinkResolver = (path) =>
  path === '../ana.plan.md' ? { kind: 'file', slugs: new Set(['lead-the-ward', 'goals']), purposes: new Set(['lead-the-ward']) } : { kind: 'file', slugs: new Set(['safe-staffing']) };

describe('why-not-linked: links that are not a larger aim', () => {
  it('reports a link to the goal itself, another goal, a session, the exploration or a heading that is not a purpose', () => {
    const { at, findings } = run('why-not-linked', LEADS, { resolveLink: leadsResolver });
    assert.deepEqual(at, [
      '19:21-19:74 [my goal](#lead-three-handovers-on-the-surgical-ward)',
      '23:21-23:76 [handovers](#lead-three-handovers-on-the-surgical-ward)',
      '26:21-26:62 [what we said](#2026-11-04-first-session)',
      '35:21-35:50 [the title](#ines-and-tomasz)',
    ]);
    assert.deepEqual(
      findings.map((f) => f.message),
      [
        'This why-link points to this goal itself, not to a larger aim. Link to a purpose the goal serves, in this plan or a shared aims file.',
        'This why-link points to another goal, not to a larger aim. Link to a purpose the goal serves, in this plan or a shared aims file.',
        'This why-link points to a session note, not to a larger aim. Link to a purpose the goal serves, in this plan or a shared aims file.',
        'This why-link points to a heading that is not a purpose, not to a larger aim. Link to a purpose the goal serves, in this plan or a shared aims file.',
      ],
    );
    assert.equal(findings[0].data?.notAim, 'the link points to this goal itself, not to a larger aim');
  });

  it('reports a link to the exploration, and one to another mentee\'s plan that is not one of its purposes', () => {
    const one = (why: string) => run('why-not-linked', LEADS.replace('[the title](#ines-and-tomasz)', why), { resolveLink: leadsResolver }).findings.at(-1)?.message;
    assert.equal(one('[values](#values)'), 'This why-link points to the exploration, not to a larger aim. Link to a purpose the goal serves, in this plan or a shared aims file.');
    assert.equal(one("[Ana's plan](../ana.plan.md)"), "This why-link points to another mentee's plan, not to a larger aim. Link to a purpose the goal serves, in this plan or a shared aims file.");
    assert.equal(one('[goals](../ana.plan.md#goals)')?.startsWith("This why-link points to another mentee's plan"), true);
  });

  it('accepts a purpose here, a shared aims file or a heading in one, and a purpose of another plan, even beside a link that is not an aim', () => {
    const { at } = run('why-not-linked', LEADS, { resolveLink: leadsResolver });
    assert.ok(!at.some((a) => a.startsWith('29:') || a.startsWith('32:')), at.join('\n'));
  });
});
