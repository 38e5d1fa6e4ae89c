// Results kept by text across checks: computed once, bounded, forgotten on demand, and never a change in findings.

import assert from 'node:assert/strict';
import { checkDocument } from '../../server/src/core/check';
import { clearChunkCache } from '../../server/src/core/chunked-parse';
import { clearTextMemos, memoPer, TEXT_MEMO_LIMIT, TextMemo } from '../../server/src/core/text-memo';

function counted<R>(fn: (text: string) => R): { memo: TextMemo<R>; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    memo: new TextMemo((text) => {
      calls.push(text);
      return fn(text);
    }),
  };
}

describe('text memo', () => {
  it('computes once per text, an undefined result included', () => {
    const { memo, calls } = counted((t) => (t.includes('wish') ? t.length : undefined));
    assert.equal(memo.get('I wish I could present'), 22);
    assert.equal(memo.get('I wish I could present'), 22);
    assert.equal(memo.get('Present at the March all-hands'), undefined);
    assert.equal(memo.get('Present at the March all-hands'), undefined);
    assert.deepEqual(calls, ['I wish I could present', 'Present at the March all-hands']);
  });

  it('keeps at most two generations of texts, the recently read ones', () => {
    const { memo, calls } = counted((t) => t.length);
    memo.get('Keep doing my weekly report');
    for (let i = 0; i < TEXT_MEMO_LIMIT; i++) memo.get(`goal ${i}`);
    // Read again while in the older generation: kept, and moved to the newer.
    memo.get('Keep doing my weekly report');
    for (let i = TEXT_MEMO_LIMIT; i < 2 * TEXT_MEMO_LIMIT; i++) memo.get(`goal ${i}`);
    memo.get('goal 0');
    memo.get('Keep doing my weekly report');
    assert.deepEqual(
      calls.filter((t) => t === 'goal 0' || t.startsWith('Keep')),
      ['Keep doing my weekly report', 'goal 0', 'goal 0'],
    );
  });

  it('computes on a text equal to the one asked about, a lone surrogate included', () => {
    const { memo } = counted((t) => t);
    const statement = 'Present the \ud83d roadmap at the March all-hands'.slice(8);
    assert.equal(memo.get(statement), statement);
    assert.equal(memo.get(statement), 'the \ud83d roadmap at the March all-hands');
  });

  it('does not keep long texts', () => {
    const long = 'Get better at stakeholder management '.repeat(40);
    const { memo, calls } = counted((t) => t.length);
    memo.get(long);
    memo.get(long);
    assert.equal(calls.length, 2);
  });

  it('forgets everything when cleared', () => {
    const { memo, calls } = counted((t) => t.length);
    memo.get('Be a better listener');
    clearTextMemos();
    memo.get('Be a better listener');
    assert.equal(calls.length, 2);
  });

  it('keeps one memo per key object', () => {
    const calls: string[] = [];
    const per = memoPer((key: { suffix: string }, text: string) => {
      calls.push(text + key.suffix);
      return text + key.suffix;
    });
    const a = { suffix: '!' };
    const b = { suffix: '?' };
    assert.equal(per(a, 'Feel calmer'), 'Feel calmer!');
    assert.equal(per(b, 'Feel calmer'), 'Feel calmer?');
    assert.equal(per(a, 'Feel calmer'), 'Feel calmer!');
    assert.deepEqual(calls, ['Feel calmer!', 'Feel calmer?']);
  });

  it('gives the same findings on a plan checked cold, again, and after other plans', () => {
    const plan = [
      '---',
      'mentee: Priya',
      '---',
      '# Mentoring plan',
      '',
      '## Goals',
      '',
      '### Get better at stakeholder management',
      '',
      '### I wish I could keep doing the weekly report as usual',
      '',
      '- Owner: my manager',
      '',
      '### My lead says I need to draft and publish the onboarding guide by 2020-01-15',
      '',
      '### Feel less anxious before one-to-ones',
      '',
    ].join('\n');
    const other = plan.replace(/Priya/g, 'Sam').replace('2020-01-15', 'Q3 2031').replace('Get better', 'Become more confident');
    const options = { today: '2026-03-02', relativePath: 'priya.plan.md' };
    clearChunkCache();
    const cold = checkDocument(plan, options).findings;
    assert.deepEqual(
      cold.map((f) => f.ruleId),
      [
        ...['premature-goals', 'missing-replaces', 'missing-why', 'no-horizon', 'vague-goal'],
        ...['wish-goal', 'missing-replaces', 'missing-why', 'no-horizon', 'no-stretch', 'borrowed-goal'],
        ...['borrowed-goal', 'missing-replaces', 'missing-why', 'past-due'],
        ...['missing-replaces', 'missing-why', 'no-horizon', 'symptom-goal'],
      ],
    );
    assert.deepEqual(checkDocument(plan, options).findings, cold);
    checkDocument(other, options);
    assert.deepEqual(checkDocument(plan, { ...options, cacheChunks: true }).findings, cold);
  });
});
