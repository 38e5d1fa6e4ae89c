// wish-goal: wish words inside a name or a quoted title are not the mentee's wish.

import assert from 'node:assert/strict';
import { phrasesOf } from './support';

describe('wish-goal', () => {
  it('skips wish words in capitalised names and quoted titles', () => {
    assert.deepEqual(phrasesOf('wish-goal', ['Bid for the One Day Trust bursary by March', 'Lead the book club session on "Hopefully Tomorrow" in May', 'Pitch to the Dream Big fund in Q2']), [null, null, null]);
  });

  it('still flags wish words that open a statement or a sentence, and "I hope"', () => {
    assert.deepEqual(phrasesOf('wish-goal', ['Someday open my own practice', 'Pass the exam. Ideally move teams after it', 'Finish the course and I Hope to teach it', "I've always dreamed of running a marathon"]), [
      'someday',
      'ideally',
      'i hope to',
      'dreamed of',
    ]);
  });
});
