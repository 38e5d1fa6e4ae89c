import assert from 'node:assert/strict';
import type { LinkResolver } from '../../../server/src/core/links';
import { itHonoursControls, run } from './support';

const PLAN = `---
type: mentoring-plan
mentee: Jo
---
## Purpose

### Lead a team of five by 2028

## Goals

### Hire two engineers with the recruiting team
- Why this matters: [lead a team](#lead-a-team-of-five-by-2029)
- By: 2027-05

### Run my first performance reviews
- Why this matters: [aims](../aims.md#be-a-fair-manager)
- By: 2027-06

### Shadow my manager's one-to-ones
- Why this matters: [the team](#lead-a-team-of-five-by-2028)
- By: 2027-01
`;

/** A workspace with aims.md (two headings) and career.md; ../../private is outside it. */
const resolver: LinkResolver = (path) => {
  if (path === '../aims.md') return { kind: 'file', slugs: new Set(['be-a-fair-manager', 'grow-people']) };
  if (path === '../career.md') return { kind: 'file', slugs: new Set(['staff-engineer']) };
  if (path.startsWith('../../')) return { kind: 'outside' };
  return { kind: 'missing' };
};

const goal = (why: string): string => `## Purpose\n\n### Lead a team of five by 2028\n\n## Goals\n\n### Hire two engineers\n- Why this matters: ${why}\n`;

describe('broken-why-link', () => {
  it('flags a link to a heading this plan does not have, with a close match suggested', () => {
    const { at, findings } = run('broken-why-link', PLAN, { resolveLink: resolver });
    assert.deepEqual(at, ['12:21-12:64 [lead a team](#lead-a-team-of-five-by-2029)']);
    assert.equal(
      findings[0].message,
      'The why-link points to "#lead-a-team-of-five-by-2029", but no such heading exists. Link to an existing purpose heading (did you mean "#lead-a-team-of-five-by-2028"?).',
    );
    assert.deepEqual(findings[0].data, {
      target: '#lead-a-team-of-five-by-2029',
      problem: 'missing-heading',
      path: null,
      slug: 'lead-a-team-of-five-by-2029',
      suggestions: ['#lead-a-team-of-five-by-2028'],
      close: '#lead-a-team-of-five-by-2028',
    });
  });

  it('flags a file that does not exist', () => {
    const { at, findings } = run('broken-why-link', goal('[aims](../goals/aims.md)'), { resolveLink: resolver });
    assert.deepEqual(at, ['8:21-8:45 [aims](../goals/aims.md)']);
    assert.equal(findings[0].message, 'The why-link points to "../goals/aims.md", which does not exist. Fix the path or link to an existing purpose.');
  });

  it('flags a file that exists without the heading', () => {
    const { findings } = run('broken-why-link', goal('[aims](../aims.md#salary-bands)'), { resolveLink: resolver });
    assert.equal(findings.length, 1);
    assert.equal(findings[0].message, 'The why-link points to "#salary-bands" in "../aims.md", but no such heading exists. Link to an existing purpose heading.');
    assert.deepEqual(findings[0].data, { target: '../aims.md#salary-bands', problem: 'missing-heading', path: '../aims.md', slug: 'salary-bands', suggestions: [], close: null });
    const near = run('broken-why-link', goal('[aims](../aims.md#be-a-fair-manger)'), { resolveLink: resolver }).findings;
    assert.deepEqual(near[0].data?.suggestions, ['../aims.md#be-a-fair-manager']);
    assert.equal(near[0].data?.close, '../aims.md#be-a-fair-manager');
  });

  it('flags a file outside the workspace', () => {
    const { findings } = run('broken-why-link', goal('[private](../../private/aims.md)'), { resolveLink: resolver });
    assert.equal(findings[0].message, 'The why-link points to "../../private/aims.md", outside the workspace; it is not read. Link to a purpose inside the workspace.');
    assert.equal(findings[0].data?.problem, 'outside');
  });

  it('accepts a file, a file#heading, a heading here, a reference link and any web link', () => {
    for (const why of [
      '[aims](../aims.md)',
      '[aims](../aims.md#grow-people)',
      '[career](../career.md#Staff-Engineer)',
      '[lead](#lead-a-team-of-five-by-2028)',
      '[lead][l]\n\n[l]: #lead-a-team-of-five-by-2028',
      '[handbook](https://example.com/no-such-page#nothing)',
      '[mail](mailto:jo@example.com)',
    ]) {
      assert.deepEqual(run('broken-why-link', goal(why), { resolveLink: resolver }).at, [], why);
    }
  });

  it('never guesses about files when the host cannot look them up', () => {
    assert.deepEqual(run('broken-why-link', goal('[aims](../goals/aims.md)')).at, []);
  });

  it('reads percent-encoded paths', () => {
    const seen: string[] = [];
    run('broken-why-link', goal('[aims](../my%20aims.md)'), { resolveLink: (p) => (seen.push(p), { kind: 'file' }) });
    assert.deepEqual([...new Set(seen)], ['../my aims.md']);
  });

  itHonoursControls('broken-why-link', PLAN, { resolveLink: resolver });
});

/** A plan with a title, two purposes, and a link to a shared aims file; kofi.plan.md is another mentee's plan. */
const RANKED = `---
type: mentoring-plan
mentee: Bea
---
# Bea's plan with a trusted manager

## Purpose

### Become a manager my team trusts

### Write for the engineering blog

## Goals

### Hold six one-to-ones without cancelling
- Why this matters: [trust](#trusted-manager)
- By: 2027-02

### Run the onboarding week for new hires
- Why this matters: [onboarding](../handbook/aims.md#welcome-new-people)
- By: 2027-03

### Publish two posts on the blog
- Why this matters: [writing](../handbook/aim.md#welcome-new-people)
- By: 2027-04

### Pair with Kofi on the rota
- Why this matters: [Kofi](../kofi.plan.md#lead-the-rota)
- By: 2027-05
`;

const rankedResolver: LinkResolver = (path) => {
  if (path === '../handbook/aims.md') return { kind: 'file', slugs: new Set(['welcome-new-people', 'grow-managers']) };
  if (path === '../kofi.plan.md') return { kind: 'file', slugs: new Set(['lead-the-rota-well']), purposes: new Set(['lead-the-rota-well']) };
  return { kind: 'missing' };
};

describe('broken-why-link: did you mean', () => {
  const data = () => run('broken-why-link', RANKED, { resolveLink: rankedResolver }).findings.map((f) => [f.data?.target, f.data?.suggestions, f.data?.close]);

  it('ranks by the words of the broken target among the purposes and the aims files the plan links to', () => {
    assert.deepEqual(data(), [
      // The title shares "trusted" and "manager" too, but a title is no larger aim.
      ['#trusted-manager', ['#become-a-manager-my-team-trusts', '../handbook/aims.md#grow-managers'], null],
      // A missing file is offered the aims file the plan already links to, never another mentee's plan.
      ['../handbook/aim.md#welcome-new-people', ['../handbook/aims.md#welcome-new-people'], '../handbook/aims.md#welcome-new-people'],
      ['../kofi.plan.md#lead-the-rota', [], null],
    ]);
  });

  it('names the best match in the message', () => {
    const [first] = run('broken-why-link', RANKED, { resolveLink: rankedResolver }).findings;
    assert.equal(first.message, 'The why-link points to "#trusted-manager", but no such heading exists. Link to an existing purpose heading (did you mean "#become-a-manager-my-team-trusts"?).');
  });
});
