// Words and phrase matching: hyphenated compounds are whole words, and a phrase never matches half of one.

import assert from 'node:assert/strict';
import { PhraseMatcher, words } from '../../server/src/core/phrase-matcher';

describe('words', () => {
  it('keeps a hyphenated compound as one word, with its offsets', () => {
    assert.deepEqual(words('Feel less tense before one-to-ones'), [
      { word: 'feel', start: 0, end: 4 },
      { word: 'less', start: 5, end: 9 },
      { word: 'tense', start: 10, end: 15 },
      { word: 'before', start: 16, end: 22 },
      { word: 'one-to-ones', start: 23, end: 34 },
    ]);
  });

  it('keeps apostrophes inside compounds and drops a trailing hyphen', () => {
    assert.deepEqual(words("mother-in-law's well- paid").map((w) => w.word), ["mother-in-law's", 'well', 'paid']);
  });
});

describe('PhraseMatcher', () => {
  it('matches a phrase only over whole words, never inside a compound', () => {
    const m = new PhraseMatcher(['one', 'wish', 'self']);
    assert.deepEqual(m.findAll('one-to-ones with Make-A-Wish and self-review'), []);
    assert.deepEqual(m.findAll('one wish'), [
      { phrase: 'one', start: 0, end: 3 },
      { phrase: 'wish', start: 4, end: 8 },
    ]);
  });

  it('treats a hyphen and a space alike when the phrase covers the whole compound', () => {
    const m = new PhraseMatcher(['follow-up', 'one day']);
    assert.deepEqual(m.findAll('a follow up, a one-day course'), [
      { phrase: 'follow-up', start: 2, end: 11 },
      { phrase: 'one day', start: 15, end: 22 },
    ]);
  });
});
