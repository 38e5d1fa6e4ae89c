import assert from 'node:assert/strict';
import { findDateInText, findDateMention, parseDate, todayIso } from '../../server/src/core/dates';

const read = (value: string): string | undefined => {
  const d = parseDate(value);
  return d && `${d.first}..${d.last} ${d.precision}`;
};

describe('parseDate', () => {
  it('reads every form of the plan format', () => {
    assert.equal(read('2027-01-15'), '2027-01-15..2027-01-15 day');
    assert.equal(read('2027-01'), '2027-01-01..2027-01-31 month');
    assert.equal(read('Q1 2027'), '2027-01-01..2027-03-31 quarter');
    assert.equal(read('January 2027'), '2027-01-01..2027-01-31 month');
    assert.equal(read('15 January 2027'), '2027-01-15..2027-01-15 day');
  });

  it('reads the variants mentors write', () => {
    const cases: [string, string][] = [
      ['Jan 2027', '2027-01-01..2027-01-31 month'],
      ['15 Jan 2027', '2027-01-15..2027-01-15 day'],
      ['January 15, 2027', '2027-01-15..2027-01-15 day'],
      ['end of Q1 2027', '2027-01-01..2027-03-31 quarter'],
      ['2027/01/15', '2027-01-15..2027-01-15 day'],
      ['by March 2027', '2027-03-01..2027-03-31 month'],
      ['Sept 2027', '2027-09-01..2027-09-30 month'],
      ['sep. 2027', '2027-09-01..2027-09-30 month'],
      ['15th of March 2027', '2027-03-15..2027-03-15 day'],
      ['March 3rd, 2027', '2027-03-03..2027-03-03 day'],
      ['2027-Q2', '2027-04-01..2027-06-30 quarter'],
      ['q3 2027', '2027-07-01..2027-09-30 quarter'],
      ['H2 2027', '2027-07-01..2027-12-31 quarter'],
      ['the end of 2027', '2027-01-01..2027-12-31 year'],
      ['2027-2-3', '2027-02-03..2027-02-03 day'],
      ['**2027-01-15**', '2027-01-15..2027-01-15 day'],
      ['2027-01-15 (moved from December)', '2027-01-15..2027-01-15 day'],
      ['29 February 2028', '2028-02-29..2028-02-29 day'],
      ['Feb 2028', '2028-02-01..2028-02-29 month'],
      ['  Dec 2026. ', '2026-12-01..2026-12-31 month'],
    ];
    for (const [value, expected] of cases) assert.equal(read(value), expected, value);
  });

  it('does not read what is not a date', () => {
    for (const value of ['soon', 'next spring', 'ASAP', '2027-13-01', '31 February 2027', '29 February 2027', '2027-00', 'Q5 2027', 'Summer 2027', 'Mayday 2027', 'end of January', '15/01/2027', 'TBD', 'mid-2027', '0 January 2027', '']) {
      assert.equal(parseDate(value), undefined, value);
    }
  });
});

describe('findDateMention', () => {
  it('finds a full date in a statement, with its offsets', () => {
    const text = 'Present at the all-hands by March 2027';
    const m = findDateMention(text)!;
    assert.equal(text.slice(m.start, m.end), 'March 2027');
    assert.equal(m.date.last, '2027-03-31');
    assert.equal(findDateInText('Ship the rewrite by 2027/02/01')?.first, '2027-02-01');
    assert.equal(findDateInText('Delegate the report to Priya by 15 January 2027')?.first, '2027-01-15');
  });

  it('ignores a bare year, a day without a year and words that only look like months', () => {
    assert.equal(findDateMention('Run 2 demos in 2027'), undefined);
    assert.equal(findDateMention('Delegate the weekly status report to Priya by 15 January'), undefined);
    assert.equal(findDateMention('Mayday 2027 drill'), undefined);
  });
});

describe('todayIso', () => {
  it('formats the local date', () => {
    assert.equal(todayIso(new Date(2027, 0, 5, 12)), '2027-01-05');
  });
});
