// Under an exploration bank heading: that bank's questions not yet asked. Under a goal's challenge
// questions: the challenge questions not yet asked. Wording from the question data module.

import { bankForHeading, bankInfo, CHALLENGE_QUESTIONS } from '../../data/questions';
import type { Goal, Plan } from '../../core/model';
import { order, type Suggestion } from './item';
import { normaliseQuestion, type LineContext } from './line-context';

function questionSuggestions(line: LineContext, candidates: readonly { text: string; detail: string; documentation?: string }[], asked: readonly string[]): Suggestion[] {
  const seen = new Set(asked.map(normaliseQuestion));
  // On a bare line the suggestion brings its own bullet.
  const bullet = line.isListItem ? '' : '- ';
  const start = line.isListItem ? line.contentStart : line.lineStart + line.indent.length;
  return candidates
    .filter((c) => !seen.has(normaliseQuestion(c.text)))
    .map((c, i) => ({ label: c.text, kind: 'question', newText: `${bullet}${c.text}`, span: { start, end: line.offset }, detail: c.detail, documentation: c.documentation, sortText: order(i) }));
}

/** The question bank whose heading is the nearest one above the line, inside the exploration section. */
export function bankQuestionSuggestions(plan: Plan, line: LineContext): Suggestion[] {
  const bank = plan.exploration?.banks.find((b) => b.heading.span.start < line.lineStart && !plan.headings.some((h) => h.span.start > b.heading.span.start && h.span.start < line.lineStart));
  const id = bank && bankForHeading(bank.heading.text);
  if (!bank || !id || line.lineStart > plan.exploration!.span.end + 1) return [];
  const info = bankInfo(id);
  const asked = bank.questions.filter((q) => q.span.start < line.lineStart || q.span.start > line.offset).map((q) => q.text);
  return questionSuggestions(line, info.questions.map((text) => ({ text, detail: `${info.title} question`, documentation: info.purpose })), asked);
}

export function challengeQuestionSuggestions(goal: Goal, line: LineContext): Suggestion[] {
  const asked = goal.challenges.filter((q) => q.span.start < line.lineStart || q.span.start > line.offset).map((q) => q.text);
  return questionSuggestions(line, CHALLENGE_QUESTIONS.map((c) => ({ text: c.text, detail: c.title, documentation: c.purpose })), asked);
}
