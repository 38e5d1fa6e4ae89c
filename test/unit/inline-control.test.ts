import assert from 'node:assert/strict';
import { parseInlineComments, Suppressions } from '../../server/src/core/inline-control';
import { parsePlan } from '../../server/src/core/parse';

function suppressions(text: string): Suppressions {
  const plan = parsePlan(text);
  return new Suppressions(plan.comments, plan.lines);
}

describe('parseInlineComments', () => {
  it('reads each directive with rule ids separated by spaces or commas', () => {
    const html = '<!-- mentoring-plans-disable vague-goal,wish-goal  no-stretch -->';
    const [c] = parseInlineComments(html, 10);
    assert.equal(c.directive, 'disable');
    assert.deepEqual(
      c.rules.map((r) => [r.id, r.span.start - 10]),
      [
        ['vague-goal', 29],
        ['wish-goal', 40],
        ['no-stretch', 51],
      ],
    );
    assert.deepEqual(c.span, { start: 10, end: 10 + html.length });
  });

  it('reads all four directives and ignores other comments', () => {
    const html = '<!-- mentoring-plans-enable --><!-- a note --><!-- mentoring-plans-disable-next-line --><!-- mentoring-plans-disable-file missing-why -->';
    assert.deepEqual(
      parseInlineComments(html, 0).map((c) => [c.directive, c.rules.map((r) => r.id)]),
      [
        ['enable', []],
        ['disable-next-line', []],
        ['disable-file', ['missing-why']],
      ],
    );
  });
});

describe('Suppressions', () => {
  it('disable-next-line covers only the next line, for the named rules', () => {
    const s = suppressions('## Goals\n<!-- mentoring-plans-disable-next-line missing-why -->\n- Lead the offsite\n- Run the retro\n');
    assert.equal(s.isSuppressed('missing-why', 2), true);
    assert.equal(s.isSuppressed('no-horizon', 2), false);
    assert.equal(s.isSuppressed('missing-why', 3), false);
  });

  it('disable-next-line with no rule covers every rule', () => {
    const s = suppressions('## Goals\n<!-- mentoring-plans-disable-next-line -->\n- Lead the offsite\n');
    assert.equal(s.isSuppressed('no-horizon', 2), true);
    assert.equal(s.isSuppressed('missing-why', 2), true);
  });

  it('disable and enable switch a range, per rule or for all', () => {
    const text = [
      '## Goals', // 0
      '<!-- mentoring-plans-disable wish-goal -->', // 1
      '- I hope to lead the offsite', // 2
      '<!-- mentoring-plans-disable -->', // 3
      '- Someday run the retro', // 4
      '<!-- mentoring-plans-enable -->', // 5
      '- Ideally speak at the guild', // 6
      '',
    ].join('\n');
    const s = suppressions(text);
    assert.equal(s.isSuppressed('wish-goal', 0), false);
    assert.equal(s.isSuppressed('wish-goal', 2), true);
    assert.equal(s.isSuppressed('missing-why', 2), false);
    assert.equal(s.isSuppressed('missing-why', 4), true);
    assert.equal(s.isSuppressed('wish-goal', 6), false);
    assert.equal(s.isSuppressed('missing-why', 6), false);
  });

  it('enable of one rule leaves the others disabled', () => {
    const s = suppressions('<!-- mentoring-plans-disable -->\n<!-- mentoring-plans-enable wish-goal -->\n- Someday lead\n');
    assert.equal(s.isSuppressed('wish-goal', 2), false);
    assert.equal(s.isSuppressed('missing-why', 2), true);
  });

  it('disable-file covers the whole file, wherever it stands', () => {
    const all = suppressions('## Goals\n- Lead\n\n<!-- mentoring-plans-disable-file -->\n');
    assert.equal(all.isSuppressed('missing-why', 0), true);
    const one = suppressions('<!-- mentoring-plans-disable-file missing-replaces -->\n## Goals\n- Lead\n');
    assert.equal(one.isSuppressed('missing-replaces', 2), true);
    assert.equal(one.isSuppressed('missing-why', 2), false);
  });

  it('reads a comment spanning lines, and counts the next line from where it closes', () => {
    const s = suppressions('<!--\n  mentoring-plans-disable-next-line missing-why\n-->\n- Lead\n');
    assert.equal(s.isSuppressed('missing-why', 3), true);
    assert.equal(s.isSuppressed('missing-why', 2), false);
    const t = suppressions('<!-- mentoring-plans-disable-next-line\n     missing-why -->\n- Lead\n');
    assert.equal(t.isSuppressed('missing-why', 2), true);
    assert.equal(t.isSuppressed('no-horizon', 2), false);
  });
});
