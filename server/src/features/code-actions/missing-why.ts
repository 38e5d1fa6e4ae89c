// missing-why and why-not-linked: link the goal to a purpose of the plan, or to a new purpose.

import { slug } from 'github-slugger';
import { fieldInfo } from '../../data/fields';
import { DEFAULT_AIM, purposeTemplate, toText } from '../../data/templates';
import type { Goal, Plan } from '../../core/model';
import { markdownLink, purposesByUse } from '../completion/link-targets';
import { inlineTargetSpan } from './broken-why-link';
import { fieldLineEdit, goalAt, insertAt, valueEdit, type FixProvider, type QuickFix, type SpanEdit } from './fix';

const WHY = fieldInfo('why').label;

export const missingWhyFixes: FixProvider = (target, { plan }) => {
  const goal = goalAt(plan, target.span.start);
  if (!goal) return [];
  const purposes = purposesByUse(plan);
  const fixes: QuickFix[] = purposes.map((p, i) => ({
    title: `Add "${WHY}" linking to "${p.heading.text}"`,
    edits: [fieldLineEdit(plan, goal, 'why', markdownLink(p.heading.text, `#${p.heading.slug}`))],
    isPreferred: i === 0,
  }));
  const aim = newAimText(plan);
  fixes.push({
    title: `Add "${WHY}" linking to a new purpose`,
    edits: [...newPurposeEdits(plan, aim), fieldLineEdit(plan, goal, 'why', markdownLink(aim, `#${slug(aim)}`))],
  });
  return fixes;
};

export const whyNotLinkedFixes: FixProvider = (target, { plan }) => {
  const why = whyField(goalAt(plan, target.span.start));
  if (!why) return [];
  const purposes = purposesByUse(plan);
  // A link to something that is not an aim keeps its words and gets a purpose as its target.
  const link = why.links.find((l) => l.span.start === target.span.start);
  const span = link && inlineTargetSpan(plan, link);
  if (span) return purposes.map((p, i) => ({ title: `Point the link to "${p.heading.text}"`, edits: [{ span, newText: `#${p.heading.slug}` }], isPreferred: i === 0 }));
  const written = plan.text.slice(why.valueSpan.start, why.valueSpan.end).trim();
  return purposes.map((p, i) => ({
    title: written ? `Link "${written}" to "${p.heading.text}"` : `Link to "${p.heading.text}"`,
    edits: [valueEdit(plan, why.valueSpan, markdownLink(written || p.heading.text, `#${p.heading.slug}`))],
    isPreferred: i === 0,
  }));
};

function whyField(goal: Goal | undefined) {
  return goal?.fields.find((f) => f.key === 'why');
}

/** A placeholder aim whose slug no heading of the plan uses yet. */
function newAimText(plan: Plan): string {
  const taken = new Set(plan.headings.map((h) => h.slug));
  let aim = DEFAULT_AIM;
  for (let n = 2; taken.has(slug(aim)); n++) aim = `${DEFAULT_AIM} ${n}`;
  return aim;
}

/** A purpose heading at the end of the purpose section, or a new section before the first other section. */
function newPurposeEdits(plan: Plan, aim: string): SpanEdit[] {
  const eol = plan.lines.eol;
  const purpose = toText(purposeTemplate({ aim })).replace(/\n/g, eol).replace(new RegExp(`${eol}$`), '');
  const section = plan.sections.find((s) => s.kind === 'purpose');
  if (section) return [insertAt(section.span.end, `${eol}${eol}${purpose}`)];
  const next = plan.sections.find((s) => s.kind !== 'purpose');
  const at = next ? next.heading.span.start : plan.text.length;
  return [insertAt(at, `## Purpose${eol}${eol}${purpose}${eol}${eol}`)];
}
