// symptom-goal, borrowed-goal and premature-goals: write the questions worth asking into the plan,
// in the wording of the question data module, as the snippets do.

import { BANKS, bankForHeading, challengeInfo, PROBES_HEADING, ROOT_CAUSE_PROBES } from '../../data/questions';
import { CHALLENGE_HEADING } from '../../data/sections';
import { bankTemplate, toText } from '../../data/templates';
import type { Goal, Plan } from '../../core/model';
import { goalAt, insertAt, type FixProvider, type SpanEdit } from './fix';

const normalise = (q: string): string => q.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A titled list of questions at the end of a goal: a sub-heading for heading goals, a nested item for list goals. */
function questionListEdit(plan: Plan, goal: Goal, title: string, questions: readonly string[]): SpanEdit {
  const eol = plan.lines.eol;
  if (goal.form === 'heading') {
    return insertAt(goal.span.end, `${eol}${eol}#### ${title}${eol}${eol}${questions.map((q) => `- ${q}`).join(eol)}`);
  }
  const { indent, bullet } = goal.fieldInsert;
  const inner = `${indent}${' '.repeat(bullet.length + 1)}`;
  return insertAt(goal.span.end, `${eol}${indent}${bullet} ${title}${questions.map((q) => `${eol}${inner}- ${q}`).join('')}`);
}

export const symptomGoalFixes: FixProvider = (target, { plan }) => {
  const goal = goalAt(plan, target.span.start);
  if (!goal) return [];
  return [{ title: 'Add the root-cause probes under this goal', edits: [questionListEdit(plan, goal, PROBES_HEADING, ROOT_CAUSE_PROBES.map((p) => p.text))], isPreferred: true }];
};

export const borrowedGoalFixes: FixProvider = (target, { plan }) => {
  const goal = goalAt(plan, target.span.start);
  const question = challengeInfo('whose-goal').text;
  if (!goal || goal.challenges.some((c) => normalise(c.text) === normalise(question))) return [];
  const title = `Ask "${question}"`;
  const last = goal.challenges[goal.challenges.length - 1];
  if (last) {
    // After the last challenge question, as a sibling item.
    const lineStart = plan.lines.lineStart(plan.lines.lineOf(last.questionSpan.start));
    const lead = plan.text.slice(lineStart, last.questionSpan.start);
    const end = plan.lines.lineEnd(plan.lines.lineOf(last.span.end));
    return [{ title, edits: [insertAt(end, `${plan.lines.eol}${lead}${question}`)], isPreferred: true }];
  }
  if (goal.challengeHeading) {
    const eol = plan.lines.eol;
    const at = goal.challengeHeading.span.end;
    return [{ title, edits: [insertAt(at, `${eol}${eol}- ${question}`)], isPreferred: true }];
  }
  return [{ title, edits: [questionListEdit(plan, goal, CHALLENGE_HEADING, [question])], isPreferred: true }];
};

export const prematureGoalsFixes: FixProvider = (_target, { plan }) => {
  const eol = plan.lines.eol;
  const asText = (ids: readonly (typeof BANKS)[number]['id'][]): string =>
    ids.map((id) => toText(bankTemplate(id)).replace(/\n+$/, '')).join('\n\n').replace(/\n/g, eol);
  const exploration = plan.exploration;
  if (!exploration) {
    const goals = plan.sections.find((s) => s.kind === 'goals');
    if (!goals) return [];
    const banks = asText(BANKS.map((b) => b.id));
    return [{ title: 'Add an exploration section with the four question banks', edits: [insertAt(goals.heading.span.start, `## Exploration${eol}${eol}${banks}${eol}${eol}`)], isPreferred: true }];
  }
  const present = new Set(exploration.banks.map((b) => bankForHeading(b.heading.text)));
  const missing = BANKS.filter((b) => !present.has(b.id)).map((b) => b.id);
  if (missing.length === 0) return [];
  return [{ title: `Add the ${missing.length === 1 ? 'missing question bank' : 'missing question banks'} to the exploration section`, edits: [insertAt(exploration.span.end, `${eol}${eol}${asText(missing)}`)], isPreferred: true }];
};
