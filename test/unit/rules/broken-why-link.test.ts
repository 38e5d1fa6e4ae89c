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
      suggestion: 'lead-a-team-of-five-by-2028',
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
    assert.deepEqual(findings[0].data, { target: '../aims.md#salary-bands', problem: 'missing-heading', path: '../aims.md', slug: 'salary-bands', suggestion: null });
    const near = run('broken-why-link', goal('[aims](../aims.md#be-a-fair-manger)'), { resolveLink: resolver }).findings;
    assert.equal(near[0].data?.suggestion, 'be-a-fair-manager');
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
    assert.deepEqual(seen, ['../my aims.md']);
  });

  itHonoursControls('broken-why-link', PLAN, { resolveLink: resolver });
});
