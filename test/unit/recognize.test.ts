import assert from 'node:assert/strict';
import { parsePlan } from '../../server/src/core/parse';
import { frontMatterMarksPlan, globProblem, matchesGlobs } from '../../server/src/core/recognize';
import { DEFAULT_FILES } from '../../server/src/core/config';

const marks = (text: string): boolean => frontMatterMarksPlan(parsePlan(text).frontMatter);

describe('frontMatterMarksPlan', () => {
  it('accepts type: mentoring-plan in any case and quoting, and mentoring-plan: true', () => {
    assert.equal(marks('---\ntype: mentoring-plan\n---\n'), true);
    assert.equal(marks('---\ntype: "Mentoring-Plan"\nmentee: Mac\n---\n'), true);
    assert.equal(marks('---\nmentoring-plan: true\n---\n'), true);
  });

  it('rejects other front matter and no front matter', () => {
    assert.equal(marks('---\ntype: post\ntitle: Goals for 2027\n---\n'), false);
    assert.equal(marks('---\nmentoring-plan: false\n---\n'), false);
    assert.equal(marks('---\nmentoring-plan: "yes"\n---\n'), false);
    assert.equal(marks('# Goals\n\ntype: mentoring-plan\n'), false);
  });

  it('still sees the intent in front matter that does not parse', () => {
    assert.equal(marks('---\ntype: mentoring-plan\nmentee: [Mac\n---\n'), true);
    assert.equal(marks('---\ntitle: [Goals\n---\n'), false);
  });
});

describe('matchesGlobs', () => {
  it('matches the default globs at the root and in folders, case-insensitively', () => {
    for (const path of ['mac.plan.md', 'mentees/mac.plan.md', 'a/b/ana.mentoring.md', 'Mac.PLAN.md', './mac.plan.md', 'mentees\\mac.plan.md']) {
      assert.equal(matchesGlobs(path, DEFAULT_FILES), true, path);
    }
  });

  it('does not match ordinary markdown', () => {
    for (const path of ['README.md', 'docs/goals.md', 'plan.md', 'mac.plan.markdown', 'mac.plan.md.bak']) {
      assert.equal(matchesGlobs(path, DEFAULT_FILES), false, path);
    }
  });

  it('matches nothing with no globs, and custom globs as given', () => {
    assert.equal(matchesGlobs('mac.plan.md', []), false);
    assert.equal(matchesGlobs('mentoring/mac.md', ['mentoring/**/*.md']), true);
    assert.equal(matchesGlobs('notes/mac.md', ['mentoring/**/*.md']), false);
  });

  describe('globs that cannot be matched in linear time', () => {
    const slow = '**/*a*a*a*a*a*a*a*a*a*a*b';

    it('refuses them with the reason, and keeps the globs mentors write', () => {
      assert.equal(globProblem(slow), 'This glob has 11 "*" in one folder or file name; at most 2 can be matched in reasonable time, such as "*-plan-*.md".');
      assert.equal(globProblem('**/cohort/**/year/**/*.md'), 'This glob has 3 "**"; at most 2 can be matched in reasonable time, such as "plans/**/*.plan.md".');
      assert.equal(globProblem('**/+(a|aa)+(a|aa)b.md'), 'Patterns like "+(…)" and "*(…)" are not matched; list the names instead, such as "{a,b}*.md".');
      assert.equal(globProblem(`plans/${'x'.repeat(1200)}.md`), 'This glob is 1209 characters long; at most 1000 are matched.');
      for (const ok of ['**/*.plan.md', 'mentees/**/*-plan-*.md', '**/**/cohort-2027/**/*.md', '!archive/**', 'plans/{amara,priya}.md', 'team-?/*.md']) {
        assert.equal(globProblem(ok), undefined, ok);
      }
    });

    it('never match, so a file whose name would make the matcher backtrack is answered at once', () => {
      // Without the bound this one path takes minutes; with it the match is not even tried.
      assert.equal(matchesGlobs(`notes/${'a'.repeat(40)}.md`, [slow]), false);
      assert.equal(matchesGlobs(`notes/${'a'.repeat(40)}.md`, [slow, 'notes/*.md']), true);
    });
  });
});
