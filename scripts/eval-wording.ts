// Precision/recall report for the wording rules over the goal corpora in test/fixtures/goals.
//   npx tsx scripts/eval-wording.ts [--set tuning|heldOut|heldOut2|heldOut3|heldOut4|heldOut5|heldOut6|heldOut7] [--verbose]

import { CORPORA, score } from '../test/fixtures/goals/harness';

import type { SetName } from '../test/fixtures/goals/corpus';

const at = process.argv.indexOf('--set');
const set = (at > 0 ? process.argv[at + 1] : 'tuning') as SetName;
const verbose = process.argv.includes('--verbose');

for (const [ruleId, corpus] of CORPORA) {
  if (!corpus.fires[set] && !corpus.silent[set]) continue;
  const { fires, silent } = score(ruleId, corpus, set);
  console.log(`${ruleId.padEnd(14)} fires ${fires.right}/${fires.total}  silent ${silent.right}/${silent.total}`);
  if (!verbose) continue;
  for (const s of fires.wrong) console.log(`    missed:      ${s}`);
  for (const s of silent.wrong) console.log(`    false alarm: ${s}`);
}
