import assert from 'node:assert/strict';
import { itHonoursControls, run } from './support';

const PLAN = `---
type: mentoring-plan
mentee: [Mac
mentor: Gaye
---
## Goals

### Lead the offsite
`;

describe('invalid-front-matter', () => {
  it('reports broken YAML once, on the line it points at, and still checks the plan', () => {
    const { at, findings } = run('invalid-front-matter', PLAN);
    assert.equal(findings.length, 1);
    // YAML notices the unclosed bracket on the line after it; the finding is on the line that opens it.
    assert.deepEqual(at, ['3:1-3:13 mentee: [Mac']);
    assert.equal(
      findings[0].message,
      "The front matter is not valid YAML (a list opened with [ is not closed with ] on the same line). Fix it so the plan's details (mentee, next-review) can be read; the rest of the plan is still checked.",
    );
    assert.equal(run('missing-why', PLAN).findings.length, 1);
  });

  it('reports duplicate keys and tabs', () => {
    assert.deepEqual(run('invalid-front-matter', '---\ntype: mentoring-plan\nmentee: Mac\nmentee: Ana\n---\n').at, ['4:1-4:12 mentee: Ana']);
    assert.deepEqual(run('invalid-front-matter', '---\ntype: mentoring-plan\n\tmentor: Gaye\n---\n').at, ['3:2-3:14 mentor: Gaye']);
  });

  it('reports front matter without its closing ---', () => {
    assert.deepEqual(run('invalid-front-matter', '---\ntype: mentoring-plan\nmentee: Mac\n## Goals\n\n### Lead the offsite\n').at, ['1:1-1:4 ---']);
  });

  it('is quiet for valid or empty front matter, and for files that are not plans', () => {
    assert.deepEqual(run('invalid-front-matter', '---\ntype: mentoring-plan\nmentee: Mac\n---\n').at, []);
    assert.deepEqual(run('invalid-front-matter', '---\n---\n## Goals\n').at, []);
    assert.deepEqual(run('invalid-front-matter', '---\ntitle: [Notes\n---\n', { relativePath: 'notes.md' }).at, []);
  });

  itHonoursControls('invalid-front-matter', PLAN, { inFrontMatter: true });
});
