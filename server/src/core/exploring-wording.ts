// Is a goal worded as exploration: does its main verb ask an open question?

import { INQUIRY_VERBS, LEAD_WORDS, OPEN_QUESTION_WORDS } from '../data/exploring-wording';
import { hitBetween, words, type PhraseHit } from './phrase-matcher';
import { TextMemo } from './text-memo';

/** How far after the verb the question may start: "decide, with my partner, whether…". */
const REACH = 4;

/**
 * The inquiry ("work out whether", "decide between") that opens a statement, if any. The verb must
 * open the statement, after lead words only ("I want to…"), and an open-question word must follow it
 * closely: "Decide the Q3 roadmap" names a decision to make, "Decide whether to apply" one to explore.
 */
export function explorationHit(statement: string): PhraseHit | undefined {
  return inquiries.get(statement);
}

const inquiries = new TextMemo((statement): PhraseHit | undefined => {
  const ws = words(statement);
  let i = 0;
  while (i < ws.length && LEAD_WORDS.has(ws[i].word)) i++;
  const verb = INQUIRY_VERBS.find((v) => v.every((w, k) => ws[i + k]?.word === w));
  if (!verb) return undefined;
  const after = i + verb.length;
  for (let j = after; j < Math.min(ws.length, after + REACH); j++) {
    if (OPEN_QUESTION_WORDS.has(ws[j].word)) return hitBetween(statement, ws[i], ws[j]);
  }
  return undefined;
});
