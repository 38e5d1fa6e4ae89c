import assert from 'node:assert/strict';
import { itHonoursControls, run } from './support';

const plan = (review: string): string => `---\ntype: mentoring-plan\nmentee: Mac\nnext-review: ${review}\n---\n## Goals\n`;

describe('review-overdue', () => {
  it('flags a next-review date before today, on the value', () => {
    const { at, findings } = run('review-overdue', plan('2026-11-01      # after the offsite'));
    assert.deepEqual(at, ['4:14-4:24 2026-11-01']);
    assert.equal(findings[0].message, "The plan's next review (2026-11-01) is overdue. Re-examine each goal against the larger purpose together, then set a new next-review date.");
    assert.deepEqual(findings[0].data, { date: '2026-11-01' });
  });

  it('reads other date forms, up to the end of the period', () => {
    assert.deepEqual(run('review-overdue', plan('October 2026')).at, ['4:14-4:26 October 2026']);
    assert.deepEqual(run('review-overdue', plan('"Q4 2026"')).at, []);
    assert.deepEqual(run('review-overdue', plan('November 2026')).at, []);
  });

  it('is quiet for a future review, no review, or an unreadable one', () => {
    assert.deepEqual(run('review-overdue', plan('2027-01-15')).at, []);
    assert.deepEqual(run('review-overdue', plan('2026-11-22')).at, []);
    assert.deepEqual(run('review-overdue', '---\ntype: mentoring-plan\n---\n## Goals\n').at, []);
    assert.deepEqual(run('review-overdue', plan('after Christmas')).at, []);
  });

  itHonoursControls('review-overdue', plan('2026-09-30'), { inFrontMatter: true });
});
