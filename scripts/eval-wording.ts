// Precision/recall report for the wording rules over the goal corpora in test/fixtures/goals.
//   npx tsx scripts/eval-wording.ts [--set tuning|heldOut|heldOut2|…|heldOut11] [--verbose]
// The last line is the fuzzy judgement: vague-goal or symptom-goal firing, over both rules' goals.

import { CORPORA, fuzzyScore, score } from '../test/fixtures/goals/harness';

import type { SetName } from '../test/fixtures/goals/corpus';

const at = process.argv.indexOf('--set');
const set = (at > 0 ? process.argv[at + 1] : 'tuning') as SetName;
const verbose = process.argv.includes('--verbose');

const line = (name: string, { fires, silent }: ReturnType<typeof score>): void => {
  console.log(`${name.padEnd(14)} fires ${fires.right}/${fires.total}  silent ${silent.right}/${silent.total}`);
  if (!verbose) return;
  for (const s of fires.wrong) console.log(`    missed:      ${s}`);
  for (const s of silent.wrong) console.log(`    false alarm: ${s}`);
};

for (const [ruleId, corpus] of CORPORA) {
  if (!corpus.fires[set] && !corpus.silent[set]) continue;
  line(ruleId, score(ruleId, corpus, set));
}
line('fuzzy', fuzzyScore(set));
