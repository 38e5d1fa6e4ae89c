import { BAR_VERBS, GROWTH_JOINS, GROWTH_WORDS, NEW_OUTCOME_ACTS, RECORD_WORDS, SAMENESS } from '../../data/phrases';
import { NUMBER_WORDS, PERIOD_WORDS } from '../../data/observable';
import { field } from '../model';
import { mainClauseStart, plainOutcomeVerb } from '../outcomes';
import { hitBetween, words, type PhraseHit, type PhraseMatcher, type Word } from '../phrase-matcher';
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
  const hit = maintenanceHit(statement, maintenance.findAll(statement)) ?? samenessHit(statement);
  return hit && !growsBeside(statement, hit) ? hit : undefined;
});

function maintenanceHit(statement: string, hits: readonly PhraseHit[]): PhraseHit | undefined {
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
  const main = ws.findIndex((w) => w.start >= mainStart);
  // "Still cover the boiler checks": doing what is done now, by its adverb.
  if (ws[main]?.word === 'still' && ws[main + 1] !== undefined) return hitBetween(statement, ws[main], ws[main]);
  // "Hold onto my place", "hold on to the contract": keeping what there is.
  if (ws[main]?.word === 'hold' && (ws[main + 1]?.word === 'onto' || (ws[main + 1]?.word === 'on' && ws[main + 2]?.word === 'to'))) return hitBetween(statement, ws[main], ws[main + 1]);
  // "Go on running the clinic" keeps doing; "Not lose a single client" keeps what there is.
  if (ws[main]?.word === 'go' && ws[main + 1]?.word === 'on' && ws[main + 2]?.word.endsWith('ing')) return hitBetween(statement, ws[main], ws[main + 1]);
  const lost = NEGATIONS.has(ws[main]?.word ?? '') ? main + 1 : main;
  if (LOSS_VERBS.has(ws[lost]?.word ?? '') && NEGATIONS.has(ws[lost - 1]?.word ?? '')) return hitBetween(statement, ws[lost - 1], ws[lost]);
  // "Hold my grade", "Hold the response time at four hours": holding a level, not holding an event.
  if (ws[main]?.word === 'hold' && (POSSESSIVES.has(ws[main + 1]?.word ?? '') || ws.slice(main + 2).some((w) => HELD_LEVELS.has(w.word)))) return hitBetween(statement, ws[main], ws[main]);
  return undefined;
}

const LOSS_VERBS: ReadonlySet<string> = new Set(['lose', 'drop', 'slip', 'fall']);
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', "don't"]);
const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our', 'his', 'her', 'their']);
const HELD_LEVELS: ReadonlySet<string> = new Set(['at', 'steady', 'flat', 'level', 'where']);

/**
 * Status quo needs no listed verb: "Cook the same menu through the winter", "Leave the routine as it
 * is"; nor does a pointer to the present practice, "the usual review", "like I already do".
 */
function samenessHit(statement: string): PhraseHit | undefined {
  const ws = words(statement);
  for (let i = 0; i < ws.length; i++) {
    const same = SAMENESS.find((p) => p.every((w, k) => ws[i + k]?.word === w));
    if (same) return hitBetween(statement, ws[i], ws[i + same.length - 1]);
    if (ws[i].word === 'usual' && USUAL_LEADS.has(ws[i - 1]?.word ?? '')) return hitBetween(statement, ws[i - 1], ws[i]);
    if (ws[i].word === 'already' && DOING.has(ws[i + 1]?.word ?? '')) return hitBetween(statement, ws[i], ws[i + 1]);
  }
  return undefined;
}

const USUAL_LEADS: ReadonlySet<string> = new Set(['the', 'as', 'my', 'our']);
const DOING: ReadonlySet<string> = new Set(['do', 'does', 'doing', 'did']);

/**
 * A maintenance word is not always status quo: beside a first time, a new role, a new scale or a
 * harder bar it is growth ("Keep coaching the under-10s, now as lead coach", "Maintain service levels
 * while absorbing 30% more applications"). The growth must come in a part joined to the kept thing,
 * not inside it: "Continue mentoring the new graduates" keeps what is.
 */
function growsBeside(statement: string, hit: PhraseHit): boolean {
  const ws = words(statement);
  let joined = false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i].word;
    // A new scale, wherever it stands: "30% more applications", "up from 250 last year", "at ten times its size".
    if ((w === 'more' && /\d/.test(ws[i - 1]?.word ?? '')) || (w === 'up' && ws[i + 1]?.word === 'from') || (w === 'times' && SCALED.has(ws[i + 1]?.word ?? ''))) return true;
    if (ws[i].start < hit.end) continue;
    const gap = statement.slice(ws[i - 1]?.end ?? 0, ws[i].start);
    const joins = GROWTH_JOINS.has(w) || gap.includes(',');
    if (joins) joined = true;
    // "another year", "a second term": more of the same time is a horizon, not a new scale.
    // An ordinal names a second one only after "a": "across a second site", not "in (the) second violins".
    const ordinalName = ORDINALS.has(w) && !ARTICLES.has(ws[i - 1]?.word ?? '');
    if (joined && plainForm(w, GROWTH_WORDS) && !ordinalName && !PERIOD_WORDS.has(ws[i + 1]?.word ?? '')) return true;
    if (reachedBar(statement, ws, i, joins) || (joins && (joinedAct(ws, i) || changedSince(ws, i, gap) || contrastedAct(ws, i) || heavierLoad(ws, i)))) return true;
  }
  return false;
}

const SUBJECTS: ReadonlySet<string> = new Set(['i', "i'm", 'we', 'also', 'then', 'to']);

/** The plain form of a word written plain, with -s or with -ing: "sitting" → "sit", "adds" → "add". */
function plainForm(word: string, verbs: ReadonlySet<string>): boolean {
  if (verbs.has(word)) return true;
  const stem = word.endsWith('ing') ? word.slice(0, -3) : word.endsWith('s') ? word.slice(0, -1) : '';
  return !!stem && [stem, `${stem}e`, stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : ''].some((v) => v && verbs.has(v));
}

/**
 * A new outcome joined to the kept one is growth: "Keep my clients and add a Saturday chair", "Carry
 * on with the shifts but sit the diploma", "Hold my grade while I train as an assessor". The act must
 * follow the join itself (after at most a subject), not sit inside the kept thing.
 */
function joinedAct(ws: readonly Word[], at: number): boolean {
  if (!GROWTH_JOINS.has(ws[at].word) && !plainForm(ws[at].word, NEW_OUTCOME_ACTS)) return false;
  let i = GROWTH_JOINS.has(ws[at].word) ? at + 1 : at;
  while (SUBJECTS.has(ws[i]?.word ?? '')) i++;
  return i < ws.length && plainForm(ws[i].word, NEW_OUTCOME_ACTS) && ws[i + 1] !== undefined;
}

/**
 * A bar to reach is growth: "until I reach grade 6", "until I can run the audit alone", "up to Level 4"
 * (a named or numbered level, not "up to date").
 */
function reachedBar(statement: string, ws: readonly Word[], at: number, joins: boolean): boolean {
  const w = ws[at].word;
  if (joins && (w === 'until' || w === 'till')) {
    let i = at + 1;
    while (SUBJECTS.has(ws[i]?.word ?? '')) i++;
    return BAR_VERBS.has(ws[i]?.word ?? '');
  }
  return w === 'up' && ws[at + 1]?.word === 'to' && /^[\p{Lu}\p{N}]/u.test(statement.charAt(ws[at + 2]?.start ?? statement.length));
}

/** ", now in the crown court", "but now writing it for the board": the kept thing in a new setting, role or form. */
function changedSince(ws: readonly Word[], at: number, gap: string): boolean {
  if (ws[at].word !== 'now' || ws[at + 1] === undefined) return false;
  return ws[at - 1]?.word === 'but' || (gap.includes(',') && ['as', 'in', 'at', 'for', 'with', 'on'].includes(ws[at + 1].word));
}

/** "…but raise the bar", "…, yet take on the Saturday list": an act set against the kept thing changes it. */
function contrastedAct(ws: readonly Word[], at: number): boolean {
  if (ws[at].word !== 'but' && ws[at].word !== 'yet') return false;
  let i = at + 1;
  while (SUBJECTS.has(ws[i]?.word ?? '')) i++;
  return ws[i + 1] !== undefined && !!plainOutcomeVerb(ws[i].word) && !MAINTENANCE_VERBS.has(ws[i].word);
}

/** "…while covering two embassies", "…whilst the rota runs 3 wards": the level held under a load counted anew. */
function heavierLoad(ws: readonly Word[], at: number): boolean {
  if (ws[at].word !== 'while' && ws[at].word !== 'whilst') return false;
  return ws.slice(at + 1).some((w, k) => (NUMBER_WORDS.has(w.word) || /^\d+$/u.test(w.word)) && w.word !== 'one' && !PERIOD_WORDS.has(ws[at + 2 + k]?.word ?? ''));
}

const ORDINALS: ReadonlySet<string> = new Set(['second', 'third']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

// "ten times its size", "five times the current volume": a multiple of what there is.
const SCALED: ReadonlySet<string> = new Set(['its', 'the', 'their', 'our', 'my', 'as', 'current', 'today']);

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
