import { RECORD_WORDS } from '../../data/phrases';
import { field } from '../model';
import { mainClauseStart } from '../outcomes';
import { words, type PhraseHit, type PhraseMatcher } from '../phrase-matcher';
import type { Rule } from '../rule';
import { memoPer } from '../text-memo';

const MAINTENANCE_VERBS: ReadonlySet<string> = new Set(['keep', 'continue', 'maintain', 'stay', 'carry', 'sustain', 'remain', 'preserve', 'retain', 'stick', 'hold']);

/**
 * The maintenance phrase that keeps the status quo, if any. A verb counts when it is the goal's main
 * verb: "Keep doing my weekly report", "He should stay on top of marking", and also "Keep the release
 * notes under 200 words", which holds a level rather than reaching a new one. Not when the word is a
 * noun or sits under another verb ("a stay interview", "Learn to keep meetings short", "Stop
 * maintaining the scripts"), and not "keep a journal / a log": starting to keep a record is a new
 * practice, the opposite of the status quo. Phrases that are not verbs ("as usual", or ones users
 * add) count anywhere.
 */
export function statusQuoHit(statement: string, maintenance: PhraseMatcher): PhraseHit | undefined {
  return statusQuoIn(maintenance, statement);
}

const statusQuoIn = memoPer((maintenance: PhraseMatcher, statement: string): PhraseHit | undefined => {
  const hits = maintenance.findAll(statement);
  const ws = words(statement);
  const mainStart = mainClauseStart(statement);
  let i = 0;
  for (const hit of hits) {
    while (i < ws.length && ws[i].start < hit.start) i++;
    if (!MAINTENANCE_VERBS.has(ws[i]?.word ?? '')) return hit;
    if (hit.start > mainStart) continue;
    const startsRecord = ws[i].word === 'keep' && (ws[i + 1]?.word === 'a' || ws[i + 1]?.word === 'an') && ws.slice(i + 2, i + 5).some((w) => RECORD_WORDS.has(w.word));
    if (!startsRecord) return hit;
  }
  return undefined;
});

export const noStretch: Rule = {
  id: 'no-stretch',
  check(context) {
    for (const goal of context.plan.goals) {
      if (field(goal, 'stretch')) continue;
      const hit = statusQuoHit(goal.statement, context.phrases('maintenance'));
      if (!hit) continue;
      context.report({
        span: goal.statementSpan,
        message: `"${goal.statement.slice(hit.start, hit.end)}" holds things as they are. Add a "Stretch:" line saying what is new in it, or reshape the goal around growth.`,
        data: { phrase: hit.phrase, insertAt: goal.fieldInsert.offset, indent: goal.fieldInsert.indent, bullet: goal.fieldInsert.bullet },
      });
    }
  },
};
