// What a quick fix is, and the small text operations most fixes share. Pure: plan and diagnostic in,
// offset-based edits out; the LSP handler turns them into WorkspaceEdits.

import { fieldInfo, type FieldKey } from '../../data/fields';
import type { Field, Goal, Plan } from '../../core/model';
import type { Span } from '../../core/text';

export interface SpanEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface QuickFix {
  readonly title: string;
  readonly edits: readonly SpanEdit[];
  readonly isPreferred?: boolean;
  /** Applied by "fix all": the fix needs no choice and only rewrites a date, link target or kind in place. */
  readonly safe?: boolean;
}

/** The diagnostic a fix answers, as the client sent it back. */
export interface FixTarget {
  readonly ruleId: string;
  readonly span: Span;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface FixContext {
  /** The plan of the document version the code actions are computed for. */
  readonly plan: Plan;
  /** ISO date, for date suggestions. */
  readonly today: string;
}

export type FixProvider = (target: FixTarget, context: FixContext) => QuickFix[];

export function insertAt(offset: number, newText: string): SpanEdit {
  return { span: { start: offset, end: offset }, newText };
}

/** The goal a diagnostic sits in; nested list goals win over the heading goal around them. */
export function goalAt(plan: Plan, offset: number): Goal | undefined {
  const holding = plan.goals.filter((g) => g.span.start <= offset && offset <= g.span.end);
  return holding.sort((a, b) => b.span.start - a.span.start)[0];
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])(?:\s|$)/;
const BULLET = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?:\[[ xX]\][ \t]+)?$/;

/** How the plan writes its field lines: the markup around the label, and whether a line is a list item. */
interface LabelStyle {
  readonly open: string;
  readonly close: string;
  /** The indentation of a field written as a paragraph line; undefined for list items. */
  readonly paragraphIndent?: string;
}

/** The style of the goal's last field, else of the plan's first field, else a plain "Label:" list item. */
function labelStyle(plan: Plan, goal: Goal): LabelStyle {
  const sample = goal.fields.reduce<Field | undefined>((last, f) => (!last || f.span.start > last.span.start ? f : last), undefined) ?? plan.goals.find((g) => g.fields.length > 0)?.fields[0];
  if (!sample) return { open: '', close: ':' };
  const open = plan.text.slice(sample.span.start, sample.labelSpan.start);
  const close = plan.text.slice(sample.labelSpan.end, sample.valueSpan.start).trimEnd();
  const lead = plan.text.slice(plan.lines.lineStart(plan.lines.lineOf(sample.span.start)), sample.span.start);
  // Only the goal's own fields say where its next line goes; the first field of a bare goal is a list item.
  const paragraph = goal.fields.includes(sample) && !BULLET.test(lead) && /^[ \t]*$/.test(lead);
  return { open, close, paragraphIndent: paragraph ? lead : undefined };
}

/** A new field line under a goal, after its last field, in the goal's own indentation, bullet and label markup. */
export function fieldLineEdit(plan: Plan, goal: Goal, key: FieldKey, value: string): SpanEdit {
  const { offset, indent, bullet } = goal.fieldInsert;
  const eol = plan.lines.eol;
  const style = labelStyle(plan, goal);
  const lead = style.paragraphIndent ?? `${indent}${bullet} `;
  const line = `${eol}${lead}${style.open}${fieldInfo(key).label}${style.close}${value ? ` ${value}` : ''}`;
  // A plain paragraph line right below would otherwise continue the new item lazily.
  const next = plan.lines.lineOf(offset) + 1;
  const following = next < plan.lines.lineCount ? plan.lines.lineText(next) : '';
  const needsGap = following.trim() !== '' && !LIST_ITEM.test(following) && !/^\s*(?:#|<!--)/.test(following);
  return insertAt(offset, needsGap ? line + eol : line);
}

/** Sets a field's value, or adds the field when the goal lacks it. */
export function setFieldEdit(plan: Plan, goal: Goal, key: FieldKey, value: string): SpanEdit {
  const existing = goal.fields.find((f) => f.key === key);
  if (!existing) return fieldLineEdit(plan, goal, key, value);
  return valueEdit(plan, existing.valueSpan, value);
}

/** Replaces a field value; an empty value gets the space after the colon too. */
export function valueEdit(plan: Plan, valueSpan: Span, value: string): SpanEdit {
  if (valueSpan.start === valueSpan.end && plan.text[valueSpan.start - 1] === ':') return insertAt(valueSpan.start, ` ${value}`);
  return { span: valueSpan, newText: value };
}

/** The spaces before the first non-blank character of the line holding `offset`. */
export function indentOfLine(plan: Plan, offset: number): string {
  const line = plan.lines.lineText(plan.lines.lineOf(offset));
  return /^[ \t]*/.exec(line)![0];
}

export function stringData(data: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const v = data[key];
  return typeof v === 'string' ? v : undefined;
}
