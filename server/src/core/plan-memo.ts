// What the plan builder derived from a part of the tree, kept for as long as the chunk cache hands out
// the same nodes again (an unchanged section of an edited document): an edit then rebuilds only the
// goals it touched. Nodes reused from the cache hold the same text, moved; so is what was built from
// them, and a reuse shifts its offsets. Keyed weakly by node: evicted chunks take their entries along.

import type { Nodes } from 'mdast';
import type { Goal, Heading, InlineComment, Question } from './model';
import type { Span } from './text';

/** Headings, link definitions and control comments found under one top-level node. */
export interface Collected {
  readonly headings: readonly { readonly node: Nodes; readonly depth: number; readonly text: string; readonly span: Span; readonly textSpan: Span }[];
  readonly definitions: readonly (readonly [label: string, url: string])[];
  readonly comments: readonly InlineComment[];
}

interface Memo<T> {
  /** The node's start offset in the document when the value was built. */
  readonly at: number;
  /** Everything else the value depends on, beyond the node's own text. */
  readonly key: string;
  /** The other nodes it was built from, in order (a goal's body). */
  readonly with: readonly Nodes[];
  readonly value: T;
}

/** One memo table per kind of derived value. */
export class NodeMemo<T> {
  private readonly memos = new WeakMap<Nodes, Memo<T>>();

  /** The value built from `node` (and `with`) under `key`, shifted by how far the node moved; else undefined. */
  get(node: Nodes, at: number, key: string, withNodes: readonly Nodes[], shift: (value: T, by: number) => T): T | undefined {
    const memo = this.memos.get(node);
    if (!memo || memo.key !== key || memo.with.length !== withNodes.length || memo.with.some((n, i) => n !== withNodes[i])) return undefined;
    return shift(memo.value, at - memo.at);
  }

  set(node: Nodes, at: number, key: string, withNodes: readonly Nodes[], value: T): T {
    this.memos.set(node, { at, key, with: [...withNodes], value });
    return value;
  }
}

export function shiftSpan(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

export function shiftCollected(c: Collected, by: number): Collected {
  if (by === 0) return c;
  return {
    headings: c.headings.map((h) => ({ ...h, span: shiftSpan(h.span, by), textSpan: shiftSpan(h.textSpan, by) })),
    definitions: c.definitions,
    comments: c.comments.map((m) => ({ ...m, span: shiftSpan(m.span, by), rules: m.rules.map((r) => ({ ...r, span: shiftSpan(r.span, by) })) })),
  };
}

/**
 * A copy of goals moved by `by`; the challenge heading is this build's heading object at the moved
 * offset (its slug depends on the headings before it).
 */
export function shiftGoals(goals: readonly Goal[], by: number, headingAt: (start: number) => Heading | undefined): Goal[] {
  const question = (q: Question): Question => ({ ...q, span: shiftSpan(q.span, by), questionSpan: shiftSpan(q.questionSpan, by) });
  return goals.map((g) => {
    const goal: Goal = {
      ...g,
      statementSpan: shiftSpan(g.statementSpan, by),
      span: shiftSpan(g.span, by),
      fields: g.fields.map((f) => ({
        ...f,
        span: shiftSpan(f.span, by),
        labelSpan: shiftSpan(f.labelSpan, by),
        valueSpan: shiftSpan(f.valueSpan, by),
        links: f.links.map((l) => ({ ...l, span: shiftSpan(l.span, by) })),
      })),
      challenges: g.challenges.map(question),
      probes: g.probes.map(question),
      fieldInsert: { ...g.fieldInsert, offset: g.fieldInsert.offset + by },
    };
    return g.challengeHeading ? { ...goal, challengeHeading: headingAt(g.challengeHeading.span.start + by) } : goal;
  });
}
