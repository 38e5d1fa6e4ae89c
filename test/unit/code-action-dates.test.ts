import * as assert from 'node:assert/strict';
import { readingsOf, suggestedDates } from '../../server/src/features/code-actions/dates';

describe('date quick fixes', () => {
  it('suggests the end of this and next quarter and three months on, across a year end', () => {
    assert.deepEqual(suggestedDates('2026-11-30'), [
      { date: '2026-12-31', why: 'end of this quarter' },
      { date: '2027-03-31', why: 'end of next quarter' },
      { date: '2027-02-28', why: 'three months from today' },
    ]);
    assert.deepEqual(suggestedDates('2027-01-15').map((s) => s.date), ['2027-03-31', '2027-06-30', '2027-04-15']);
  });

  it('reads what an unreadable date most likely means, in ISO form', () => {
    assert.deepEqual(readingsOf('31/03/2027'), ['2027-03-31']);
    assert.deepEqual(readingsOf('04/03/2027'), ['2027-03-04', '2027-04-03']);
    assert.deepEqual(readingsOf('2027.03.31'), ['2027-03-31']);
    assert.deepEqual(readingsOf('03/2027'), ['2027-03']);
    assert.deepEqual(readingsOf('sometime around March 2027, maybe'), ['2027-03']);
    assert.deepEqual(readingsOf('when the reorg settles'), []);
  });
});
