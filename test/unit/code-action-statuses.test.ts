// Quick fixes for exploring-goal and unknown-status: the status is set where it belongs, and "fix
// all" never chooses one.

import * as assert from 'node:assert/strict';
import { checkDocument } from '../../server/src/core/check';
import { fixAll } from '../../server/src/features/code-actions/fix-all';
import { quickFixes, type SpanEdit } from '../../server/src/features/code-actions';
import { TODAY } from './rules/support';

const PLAN = `---
type: mentoring-plan
mentee: Kofi
---
## Exploration

- What would you be proud of in ten years? A practice of my own.

## Goals

### Figure out which specialty suits me best
- Why this matters: [aims](../aims.md)

### Hand the rota over to Abena by March 2027
- Why this matters: [aims](../aims.md)
- Replaces: rewriting the rota every Sunday
- Status: sorted
`;

const apply = (text: string, edits: readonly SpanEdit[]): string =>
  [...edits].sort((a, b) => b.span.start - a.span.start).reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);

describe('status quick fixes', () => {
  const { plan, findings } = checkDocument(PLAN, { relativePath: 'kofi.plan.md', today: TODAY });
  const context = { plan, today: TODAY, files: [] };
  const targets = findings.map((f) => ({ ruleId: f.ruleId, span: f.span, data: f.data ?? {} }));
  const fixesFor = (ruleId: string) => quickFixes(targets.find((t) => t.ruleId === ruleId)!, context).filter((f) => !f.title.startsWith('Disable') && !f.title.startsWith('Turn off'));

  it('finds exactly the two status findings', () => {
    assert.deepEqual(findings.map((f) => f.ruleId), ['exploring-goal', 'unknown-status']);
  });

  it('exploring-goal: marks the goal exploring, after its last field', () => {
    const [fix] = fixesFor('exploring-goal');
    assert.equal(fix.title, 'Mark it "Status: exploring"');
    assert.match(apply(PLAN, fix.edits), /### Figure out which specialty suits me best\n- Why this matters: \[aims\]\(\.\.\/aims\.md\)\n- Status: exploring\n/);
  });

  it('unknown-status: offers each known status in place of the unknown one', () => {
    const fixes = fixesFor('unknown-status');
    assert.deepEqual(fixes.map((f) => f.title), ['active', 'paused', 'exploring', 'done', 'dropped', 'evolved'].map((s) => `Change the status to "${s}"`));
    assert.match(apply(PLAN, fixes[3].edits), /- Status: done\n$/);
  });

  it('are never applied by fix all', () => {
    assert.deepEqual(fixAll(targets, context), []);
  });
});
