// What quick fixes and completion write into a plan: field lines in the plan's own label style, kinds
// never doubled, and why-link targets that are larger aims.

import assert from 'node:assert/strict';
import { checkDocument } from '../../server/src/core/check';
import { parsePlan } from '../../server/src/core/parse';
import { quickFixes } from '../../server/src/features/code-actions';
import { fieldLineEdit } from '../../server/src/features/code-actions/fix';
import { whyLinkSuggestions } from '../../server/src/features/completion/why-links';

const TODAY = '2026-11-22';
const HEAD = '---\ntype: mentoring-plan\n---\n## Goals\n\n';

/** The plan after adding a Replaces line to its first goal. */
function withReplaces(goals: string): string {
  const text = HEAD + goals;
  const plan = parsePlan(text);
  const edit = fieldLineEdit(plan, plan.goals[0], 'replaces', 'evening emails');
  return text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
}

describe('inserted field lines', () => {
  it('follow the label style of the goal\'s own fields', () => {
    assert.equal(withReplaces('### Run the spring fair\n- **By:** 2027-04\n'), `${HEAD}### Run the spring fair\n- **By:** 2027-04\n- **Replaces:** evening emails\n`);
    assert.equal(withReplaces('### Run the spring fair\n- **By**: 2027-04\n'), `${HEAD}### Run the spring fair\n- **By**: 2027-04\n- **Replaces**: evening emails\n`);
    assert.equal(withReplaces('### Run the spring fair\n* By: 2027-04\n'), `${HEAD}### Run the spring fair\n* By: 2027-04\n* Replaces: evening emails\n`);
  });

  it('stay paragraph lines where the goal writes its fields as a paragraph', () => {
    assert.equal(withReplaces('### Run the spring fair\n\n**By:** 2027-04\n**Kind:** enabling\n'), `${HEAD}### Run the spring fair\n\n**By:** 2027-04\n**Kind:** enabling\n**Replaces:** evening emails\n`);
  });

  it('take the plan\'s label markup for a goal with no fields yet, as a list item', () => {
    assert.equal(
      withReplaces('### Run the spring fair\n\n### Coach the new treasurer\n\n**By**: 2027-06\n'),
      `${HEAD}### Run the spring fair\n- **Replaces**: evening emails\n\n### Coach the new treasurer\n\n**By**: 2027-06\n`,
    );
  });
});

describe('the unknown-kind fix', () => {
  const fixesFor = (kinds: string) => {
    const text = `${HEAD}### Lead the regional sales team by 2028\n- Kind: ${kinds}\n`;
    const { plan, findings } = checkDocument(text, { today: TODAY, relativePath: 'kai.plan.md' });
    const finding = findings.find((f) => f.ruleId === 'unknown-kind')!;
    return quickFixes({ ruleId: finding.ruleId, span: finding.span, data: finding.data ?? {} }, { plan, today: TODAY })
      .filter((f) => !f.title.startsWith('Disable'))
      .map((f) => `${f.title} => ${(text.slice(0, f.edits[0].span.start) + f.edits[0].newText + text.slice(f.edits[0].span.end)).split('\n').at(-2)}`);
  };

  it('never suggests a kind the line already names', () => {
    assert.deepEqual(fixesFor('ladder, lader'), ['Remove "lader": the line already says "ladder" => - Kind: ladder']);
    assert.deepEqual(fixesFor('lattice, lader'), ['Change "lader" to "ladder" => - Kind: lattice, ladder']);
  });
});

describe('the why-not-linked fix for a link that is not an aim', () => {
  it('keeps the link\'s words and points it to a purpose', () => {
    const text = `---\ntype: mentoring-plan\n---\n## Purpose\n\n### Open a studio of my own\n\n## Goals\n\n### Sell twelve prints at the market\n- Why this matters: [the market](#sell-twelve-prints-at-the-market)\n`;
    const { plan, findings } = checkDocument(text, { today: TODAY, relativePath: 'lu.plan.md' });
    const finding = findings.find((f) => f.ruleId === 'why-not-linked')!;
    const [fix] = quickFixes({ ruleId: finding.ruleId, span: finding.span, data: finding.data ?? {} }, { plan, today: TODAY });
    assert.equal(fix.title, 'Point the link to "Open a studio of my own"');
    assert.equal(text.slice(0, fix.edits[0].span.start) + fix.edits[0].newText + text.slice(fix.edits[0].span.end), text.replace('(#sell-twelve-prints-at-the-market)', '(#open-a-studio-of-my-own)'));
  });
});

describe('why-line completion', () => {
  const text = `---\ntype: mentoring-plan\n---\n## Purpose\n\n### Open a studio of my own\n\n## Goals\n\n### Sell twelve prints at the market\n- Why this matters: \n`;
  const files = [
    { target: '../guild/aims.md', headings: [{ text: 'Makers who earn a living', slug: 'makers-who-earn-a-living' }], isPlan: false },
    { target: 'rosa.plan.md', headings: [{ text: 'Teach printmaking', slug: 'teach-printmaking' }], isPlan: true },
  ];
  const labels = (typed: string) => {
    const t = text.replace(/\n$/, `${typed}\n`);
    const p = parsePlan(t);
    const valueStart = p.goals[0].fields[0].valueSpan.start;
    return whyLinkSuggestions(p, valueStart, t.length - 1, files).map((s) => s.newText);
  };

  it('offers this plan\'s purposes and shared aims files, not another mentee\'s plan', () => {
    assert.deepEqual(labels(''), ['[Open a studio of my own](#open-a-studio-of-my-own)', '[../guild/aims.md](../guild/aims.md)', '[Makers who earn a living](../guild/aims.md#makers-who-earn-a-living)']);
  });

  it('offers another plan\'s purposes once its path is typed', () => {
    assert.deepEqual(labels('ros').slice(-1), ['[Teach printmaking](rosa.plan.md#teach-printmaking)']);
  });
});
