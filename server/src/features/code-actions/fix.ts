// What a quick fix is, and the small text operations most fixes share. Pure: plan and diagnostic in,
// offset-based edits out; the LSP handler turns them into WorkspaceEdits.

import { fieldInfo, type FieldKey } from '../../data/fields';
import type { Goal, Plan } from '../../core/model';
import type { Span } from '../../core/text';
import type { LinkableFile } from '../completion/link-targets';

export interface SpanEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface QuickFix {
  readonly title: string;
  readonly edits: readonly SpanEdit[];
  readonly isPreferred?: boolean;
  /** Applied by "fix all": the fix needs no choice and adds no placeholder. */
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
  /** Other markdown files of the workspace, for retargeting broken links. */
  readonly files: readonly LinkableFile[];
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

/** A new field line under a goal, after its last field, in the goal's own indentation and bullet. */
export function fieldLineEdit(plan: Plan, goal: Goal, key: FieldKey, value: string): SpanEdit {
  const { offset, indent, bullet } = goal.fieldInsert;
  const eol = plan.lines.eol;
  const line = `${eol}${indent}${bullet} ${fieldInfo(key).label}:${value ? ` ${value}` : ''}`;
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
