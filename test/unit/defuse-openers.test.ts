import assert from 'node:assert/strict';
import { defuseOpeners } from '../../server/src/core/defuse-openers';
import { parseMarkdown, parsePlan } from '../../server/src/core/parse';
import { fixture } from './rules/support';

// The first free stand-ins, for `<`, `*` and `_`.
const LT = '\u2b00';
const STAR = '\u2b01';
const UNDER = '\u2b02';

const defused = (text: string): string => defuseOpeners(text).text;

const assertUnchanged = (texts: readonly string[]): void => {
  for (const text of texts) assert.equal(defused(text), text);
};

/** What remark makes of the defused text, with the original characters put back. */
const restoredTree = (text: string) => {
  const d = defuseOpeners(text);
  return d.restore(parseMarkdown(d.text));
};

describe('defuseOpeners', () => {
  describe('HTML comment openers', () => {
    it('leaves comments that close, on their line or a later line of the paragraph', () => {
      assertUnchanged([
        '### Run the retro <!-- mentoring-plans-disable vague-goal -->\n- By: 2099-01\n',
        'Talk to Ana <!-- ask her\nabout the budget first --> before the review.\n',
        'Empty comments <!--> and <!---> close themselves.\n',
        '- Why this matters: [Lead](#lead) <!-- mentoring-plans-disable-next-line -->\n',
      ]);
    });

    it('defuses openers with no close before their block ends', () => {
      assert.equal(defused('### Run the retro <!--<!--\n- By: 2099-01\n'), `### Run the retro ${LT}!--${LT}!--\n- By: 2099-01\n`);
      // A paragraph never crosses a blank line, a heading or a list item, so a later close cannot end these.
      assert.equal(defused('Notes <!-- draft\n\nmore -->\n'), `Notes ${LT}!-- draft\n\nmore -->\n`);
      assert.equal(defused('Notes <!-- draft\n## Goals -->\n'), `Notes ${LT}!-- draft\n## Goals -->\n`);
      assert.equal(defused('Notes <!-- draft\n- By: 2099-01 -->\n'), `Notes ${LT}!-- draft\n- By: 2099-01 -->\n`);
      assert.equal(defused('Notes <!-- draft\r\n\r\nmore -->\r\n'), `Notes ${LT}!-- draft\r\n\r\nmore -->\r\n`);
    });

    it('leaves openers at the start of a line, which open an HTML block that any later line may close', () => {
      assertUnchanged([
        '<!-- mentoring-plans-disable vague-goal\n\n### Get better at communication\n',
        '- <!-- notes for Sam\n',
        '> <!-- quoted\n',
        '   <!-- indented\n',
        '1. <!-- numbered\n',
      ]);
    });

    it('keeps the first unclosed opener at a line start in a block: the rest are lines inside its HTML block', () => {
      const line = '<!-- mentoring-plans-disable vague-goal\n';
      assert.equal(defused(line.repeat(3)), `${line}${`${LT}!-- mentoring-plans-disable vague-goal\n`.repeat(2)}`);
      assert.deepEqual(restoredTree(line.repeat(3)), parseMarkdown(line.repeat(3)));
      // A fence ends the block: an opener shown in code does not hide a note after it.
      assertUnchanged(['```html\n<!-- an example\n```\n<!-- a note that runs on\n## Not a heading\n-->\n']);
    });

    it('keeps the first 8 openers that share one close and defuses the rest', () => {
      const text = `Openers ${'<!--'.repeat(10)} -->\n`;
      assert.equal(defused(text), `Openers ${'<!--'.repeat(8)}${`${LT}!--`.repeat(2)} -->\n`);
    });

    it('treats processing instructions, CDATA and declarations alike, and skips escaped openers', () => {
      assert.equal(defused('a <? b <![CDATA[ c <!DOCTYPE d\n'), `a ${LT}? b ${LT}![CDATA[ c ${LT}!DOCTYPE d\n`);
      assert.equal(defused('a <? b ?> c <![CDATA[ d ]]> <!DOCTYPE e>\n'), 'a <? b ?> c <![CDATA[ d ]]> <!DOCTYPE e>\n');
      assert.equal(defused('Write \\<!-- in the template\n'), 'Write \\<!-- in the template\n');
    });
  });

  describe('emphasis runs', () => {
    it('leaves the first 400 runs of a block and defuses the rest', () => {
      const text = `Praise ${'**well** '.repeat(201)}_done_\n\n**next** block\n`;
      assert.equal(defused(text), `Praise ${'**well** '.repeat(200)}${STAR}${STAR}well${STAR}${STAR} ${UNDER}done${UNDER}\n\n**next** block\n`);
    });

    it('counts each heading and list item on its own', () => {
      const item = '- **Why this matters:** *lead* the [team](#team)\n';
      assertUnchanged([`### ${'**Ship** '.repeat(150)}\n${item.repeat(100)}`]);
    });

    it('skips escaped marks', () => {
      assertUnchanged([`Stars ${'\\*'.repeat(500)}\n`]);
    });
  });

  it('changes nothing in realistic plans', () => {
    for (const name of ['mac.plan.md', 'ana.mentoring.md']) {
      const text = fixture(name);
      assert.equal(defuseOpeners(text).text, text, name);
    }
  });

  it('leaves a long tight list of goals alone: bullets are structure, and each item is its own paragraph', () => {
    // 99 goals: from "100." on, four spaces no longer nest a sub-list (markdown's rule, not ours).
    const goals = Array.from(
      { length: 99 },
      (_, i) => `${i + 1}. Ship the _${i + 1}th_ onboarding guide for new starters\n    * **Why this matters:** [Grow the team](#grow-the-team)\n    * **Success looks like:** ten starters use it\n    * **By:** 2099-06\n    * **Status:** active`,
    );
    const text = `---\nmentee: Priya\n---\n# Plan\n\n## Purpose\n\n### Grow the team\n\n## Goals\n\n${goals.join('\n')}\n`;
    assert.equal(defuseOpeners(text).text, text);
    const plan = parsePlan(text);
    assert.equal(plan.goals.length, 99);
    assert.deepEqual(new Set(plan.goals.map((g) => g.fields.map((f) => f.key).join(' '))), new Set(['why success by status']));
    assert.equal(plan.goals[98].statement, 'Ship the 99th onboarding guide for new starters');
  });

  it('keeps every offset: the text is as long as the original, line for line', () => {
    const text = `### Run the retro <!--${'<!--'.repeat(50)}\r\n- Why this matters: ${'[**'.repeat(500)}\n`;
    const out = defused(text);
    assert.equal(out.length, text.length);
    assert.deepEqual(out.split(/\r\n|\r|\n/).map((l) => l.length), text.split(/\r\n|\r|\n/).map((l) => l.length));
  });

  it('picks stand-ins the text does not hold', () => {
    const text = `Arrows ${LT} and ${STAR} stay; <!-- goes\n`;
    // The first free one stands in for `<`.
    assert.equal(defused(text), `Arrows ${LT} and ${STAR} stay; ${UNDER}!-- goes\n`);
    assert.deepEqual(restoredTree(text), parseMarkdown(text));
  });

  describe('restore', () => {
    it('gives the same tree as parsing the original text', () => {
      for (const text of [
        '### Run the retro <!--<!--\n- By: 2099-01\n',
        'A **bold** claim<!-- never closed, `code <!-- here`\n\n```html\n<p>x</p> <!-- in code\n```\n',
        '## Goals\n\n### Present the roadmap <!-- to the board\n\n<!-- mentoring-plans-disable vague-goal -->\n### Get better at talks\n',
      ]) {
        assert.deepEqual(restoredTree(text), parseMarkdown(text));
      }
    });

    it('gives back link targets and titles past the emphasis bound', () => {
      const tree = restoredTree(`Praise ${'**well** '.repeat(201)}[link](https://example.com/a_b_c "t_i_t_l_e")\n`);
      const paragraph = tree.children[0];
      const link = paragraph.type === 'paragraph' ? paragraph.children.find((n) => n.type === 'link') : undefined;
      assert.deepEqual(link && [link.url, link.title], ['https://example.com/a_b_c', 't_i_t_l_e']);
    });

    it('shows the user their own text in the plan model', () => {
      const plan = parsePlan('## Goals\n\n### Run the retro <!--<!--\n- By: 2099-01\n\n- Present <!-- the roadmap\n  - By: 2099-02\n');
      assert.deepEqual(
        plan.goals.map((g) => g.statement),
        ['Run the retro <!--<!--', 'Present <!-- the roadmap'],
      );
    });
  });
});
