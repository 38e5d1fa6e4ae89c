import assert from 'node:assert/strict';
import { checkDocument } from '../../server/src/core/check';
import { field, type Goal, type Plan } from '../../server/src/core/model';
import { headingSlugs, matchField, parsePlan } from '../../server/src/core/parse';
import { FIELDS } from '../../server/src/data/fields';
import { SECTION_ALIASES, type SectionKind } from '../../server/src/data/sections';
import { fixture, TODAY, where } from './rules/support';

const slice = (plan: Plan, span: { start: number; end: number }): string => plan.text.slice(span.start, span.end);

function fieldsOf(plan: Plan, goal: Goal): string[] {
  return goal.fields.map((f) => `${f.key}|${f.label}|${f.value}|${slice(plan, f.valueSpan)}`);
}

describe('parsePlan', () => {
  describe('the plan-format example', () => {
    const plan = parsePlan(fixture('mac.plan.md'));

    it('reads the front matter', () => {
      assert.equal(plan.frontMatter?.error, undefined);
      assert.equal(plan.frontMatter?.data.type, 'mentoring-plan');
      assert.equal(plan.frontMatter?.data.mentee, 'Mac');
      assert.equal(slice(plan, plan.frontMatter!.span).split('\n')[0], '---');
    });

    it('finds the four sections in order', () => {
      assert.deepEqual(
        plan.sections.map((s) => `${s.kind}:${s.heading.text}`),
        ['purpose:Purpose', 'exploration:Exploration', 'goals:Goals', 'sessions:Sessions'],
      );
    });

    it('reads purposes with their summaries', () => {
      assert.deepEqual(
        plan.purposes.map((p) => [p.heading.slug, p.summary]),
        [
          ['become-a-manager-my-team-trusts', 'People bring me problems early, and I hear about risks before my director does.'],
          ['build-a-team-that-runs-without-me-for-a-week', ''],
        ],
      );
    });

    it('reads the heading goal with all eight fields and exact value spans', () => {
      const goal = plan.goals[0];
      assert.equal(goal.form, 'heading');
      assert.equal(goal.statement, 'Delegate the weekly status report to Priya by 15 January');
      assert.equal(where(plan, goal.statementSpan), '35:5-35:61 Delegate the weekly status report to Priya by 15 January');
      assert.deepEqual(fieldsOf(plan, goal), [
        'why|Why this matters|Become a manager my team trusts|[Become a manager my team trusts](#become-a-manager-my-team-trusts)',
        'success|Success looks like|Priya sends three reports in a row without my edits|Priya sends three reports in a row without my edits',
        'by|By|2027-01-15|2027-01-15',
        'kind|Kind|lattice, developmental|lattice, developmental',
        'stretch|Stretch|I have never handed off anything my director reads|I have never handed off anything my director reads',
        'replaces|Replaces|Friday afternoons compiling the report myself|Friday afternoons compiling the report myself',
        'owner|Owner|mine|mine',
        'status|Status|active|active',
      ]);
      assert.deepEqual(
        field(goal, 'why')!.links.map((l) => [l.text, l.target, slice(plan, l.span)]),
        [['Become a manager my team trusts', '#become-a-manager-my-team-trusts', '[Become a manager my team trusts](#become-a-manager-my-team-trusts)']],
      );
      assert.equal(where(plan, field(goal, 'by')!.labelSpan), '38:3-38:5 By');
    });

    it('reads challenge questions under the heading, answered and not', () => {
      const goal = plan.goals[0];
      assert.equal(goal.challengeHeading?.text, 'Challenge questions');
      assert.deepEqual(
        goal.challenges.map((q) => [q.text, q.answer, where(plan, q.questionSpan)]),
        [
          ['Why now?', 'The team doubled in October and I am the bottleneck.', '46:3-46:11 Why now?'],
          ['What will it replace?', '', '47:3-47:24 What will it replace?'],
        ],
      );
    });

    it('reads the ordered list item after the challenge questions as a goal of its own', () => {
      assert.equal(plan.goals.length, 2);
      const goal = plan.goals[1];
      assert.equal(goal.form, 'list');
      assert.equal(where(plan, goal.statementSpan), '49:4-49:46 Ask for feedback after every design review');
      assert.deepEqual(fieldsOf(plan, goal), [
        'why|Why this matters|trusted manager|[trusted manager](#become-a-manager-my-team-trusts)',
        'by|By|2027-03|2027-03',
      ]);
      assert.deepEqual(goal.challenges, []);
      // The heading goal ends before the list goal starts.
      assert.ok(plan.goals[0].span.end < goal.span.start);
      assert.equal(slice(plan, plan.goals[0].span).split('\n').pop(), '- What will it replace?');
    });

    it('places new fields after the last field line, with its indent and bullet', () => {
      const [heading, list] = plan.goals;
      assert.deepEqual(heading.fieldInsert, { offset: plan.lines.lineEnd(42), indent: '', bullet: '-' });
      assert.deepEqual(list.fieldInsert, { offset: plan.lines.lineEnd(50), indent: '   ', bullet: '-' });
    });

    it('reads exploration banks, answers in a nested list, and empty answers like TBD', () => {
      const ex = plan.exploration!;
      assert.deepEqual(
        ex.banks.map((b) => [b.heading.text, b.questions.map((q) => `${q.text} => ${q.answer}`)]),
        [
          [
            'Identity',
            [
              'Who are you apart from your job title? => A climber, a dad of two, the person who fixes the build.',
              'Who do you want to become? => Someone people seek out for advice, not just answers.',
            ],
          ],
          ['Values', ['What do you care about most at work? => Craft, and people growing on my watch.', 'What difference do you want to make? => ']],
          ['Support', ['Who is in your developmental network? => ']],
        ],
      );
      assert.equal(ex.answeredCount, 3);
      assert.deepEqual(ex.questions, []);
    });

    it('reads sessions', () => {
      assert.deepEqual(
        plan.sessions.map((s) => s.heading.text),
        ['2026-11-02', '2026-11-16'],
      );
      assert.equal(slice(plan, plan.sessions[1].span), '### 2026-11-16\nMac picked the status report as the first thing to hand over.');
    });
  });

  describe('variants: setext and decorated sections, list goals, bold labels, reference links', () => {
    const plan = parsePlan(fixture('ana.mentoring.md'));

    it('matches a setext section, an emoji section with a colon and a numbered section', () => {
      assert.deepEqual(
        plan.sections.map((s) => `${s.kind}:${s.heading.text}`),
        ['purpose:Bigger picture', 'exploration:🌱 Getting to know you:', 'goals:2. Mentoring goals', 'sessions:Log'],
      );
      assert.equal(where(plan, plan.sections[0].heading.textSpan), '3:1-3:15 Bigger picture');
    });

    it('reads exploration questions written outside any bank', () => {
      const ex = plan.exploration!;
      assert.deepEqual(ex.banks, []);
      assert.deepEqual(
        ex.questions.map((q) => `${q.text} => ${q.answer}`),
        ['What are you proud of from the last year? => Shipping the search rewrite with two juniors.', 'Which resources would make you more effective? => '],
      );
      assert.equal(ex.answeredCount, 1);
    });

    it('reads four goals: three list items and one heading', () => {
      assert.deepEqual(
        plan.goals.map((g) => `${g.form}: ${g.statement}`),
        [
          'list: Run the Q2 architecture review on my own',
          'list: Present the migration plan to the staff meeting',
          'list: Write one design doc a month and share it in the architecture channel',
          'heading: 🚀 Pair with Tom on the billing service',
        ],
      );
    });

    it('reads **Label:** and **Label**: fields and a nested challenge-questions item', () => {
      const goal = plan.goals[0];
      assert.deepEqual(fieldsOf(plan, goal), [
        'why|Why this matters|lead|[lead](#1-lead-a-cross-team-project)',
        'by|By|Q2 2027|Q2 2027',
        'kind|Kind|ladder|ladder',
      ]);
      assert.deepEqual(
        goal.challenges.map((q) => `${q.text} => ${q.answer}`),
        ['Whose goal is it? => Mine; my lead suggested it but I want it.', 'Is it part of a larger goal? => '],
      );
      assert.equal(where(plan, field(goal, 'why')!.labelSpan), '18:7-18:23 Why this matters');
    });

    it('reads fields written as continuation lines, and a reference-style link', () => {
      const goal = plan.goals[1];
      assert.deepEqual(fieldsOf(plan, goal), ['why|Why it matters|lead the project|[lead the project][aims]', 'by|Deadline|March 2027|March 2027']);
      assert.equal(field(goal, 'why')!.links[0].target, '../aims.md#lead-a-cross-team-project');
      assert.equal(where(plan, goal.statementSpan), '24:3-24:50 Present the migration plan to the staff meeting');
      assert.deepEqual(goal.fieldInsert, { offset: plan.lines.lineEnd(25), indent: '  ', bullet: '-' });
    });

    it('joins a wrapped statement and matches upper- and lower-case labels', () => {
      const goal = plan.goals[2];
      assert.equal(where(plan, goal.statementSpan), '27:3-28:27 Write one design doc a month and share it in\n  the architecture channel');
      assert.deepEqual(fieldsOf(plan, goal), ['why|WHY THIS MATTERS|getting better at writing|getting better at writing', 'by|due|2027/04/30|2027/04/30']);
      assert.deepEqual(goal.fieldInsert, { offset: plan.lines.lineEnd(29), indent: '  ', bullet: '-' });
    });

    it('reads paragraph fields under a heading goal, with emoji before the spans', () => {
      const goal = plan.goals[3];
      assert.equal(where(plan, goal.statementSpan), '32:5-32:44 🚀 Pair with Tom on the billing service');
      assert.deepEqual(fieldsOf(plan, goal), [
        'why|Why|lead|[lead](#1-lead-a-cross-team-project)',
        'by|Target date|end of Q1 2027|end of Q1 2027',
        'success|Evidence|Tom merges a change to billing without my review|Tom merges a change to billing without my review',
        'replaces|Stop doing|reviewing every billing PR myself|reviewing every billing PR myself',
      ]);
      assert.deepEqual(goal.fieldInsert, { offset: plan.lines.lineEnd(36), indent: '', bullet: '-' });
    });
  });

  describe('section headings', () => {
    it('matches every alias, in any case, with emoji, numbering or a trailing colon', () => {
      for (const [kind, aliases] of Object.entries(SECTION_ALIASES) as [SectionKind, readonly string[]][]) {
        for (const alias of aliases) {
          for (const heading of [`## ${alias}`, `## ${alias.toUpperCase()}:`, `## 🎯 ${alias}`, `## 3. ${alias}`, `## ${alias} ##`, `${alias}\n---`]) {
            const plan = parsePlan(`# Plan\n\n${heading}\n\ntext\n`);
            assert.deepEqual(
              plan.sections.map((s) => s.kind),
              [kind],
              heading,
            );
          }
        }
      }
    });

    it('ignores level-1 and level-3 headings and other level-2 headings', () => {
      const plan = parsePlan('# Goals\n\n### Goals\n\n## Goals and non-goals\n\n## Next steps\n');
      assert.deepEqual(plan.sections, []);
    });
  });

  describe('line endings, BOM and astral characters', () => {
    const lf = [
      '---',
      'type: mentoring-plan',
      '---',
      '## Goals',
      '',
      '### 🎯 Speak at the 𝒮taff meeting',
      '- Why: [𝒜ims](#nowhere)',
      '- By: someday',
      '',
      '- 🧗 Lead the offsite',
      '  - Kind: ladder, wizard',
      '',
    ].join('\n');
    const variants: [string, string][] = [
      ['LF', lf],
      ['CRLF', lf.replace(/\n/g, '\r\n')],
      ['lone CR', lf.replace(/\n/g, '\r')],
      ['BOM + LF', `\ufeff${lf}`],
      ['BOM + CRLF', `\ufeff${lf.replace(/\n/g, '\r\n')}`],
    ];
    for (const [name, text] of variants) {
      it(`gives the same model and exact UTF-16 spans with ${name}`, () => {
        const plan = parsePlan(text);
        assert.equal(plan.frontMatter?.data.type, 'mentoring-plan');
        assert.deepEqual(
          plan.goals.map((g) => [where(plan, g.statementSpan), ...g.fields.map((f) => where(plan, f.valueSpan))]),
          [
            ['6:5-6:35 🎯 Speak at the 𝒮taff meeting', '7:8-7:25 [𝒜ims](#nowhere)', '8:7-8:14 someday'],
            ['10:3-10:22 🧗 Lead the offsite', '11:11-11:25 ladder, wizard'],
          ],
        );
      });
    }
  });

  describe('front matter', () => {
    it('is absent when the file does not start with ---', () => {
      assert.equal(parsePlan('# Plan\n\n## Goals\n').frontMatter, undefined);
    });

    it('reports invalid YAML on the offending line, and still reads the plan', () => {
      const plan = parsePlan('---\ntype: mentoring-plan\nmentee: [Mac\n---\n## Goals\n- Lead the offsite\n');
      assert.equal(plan.frontMatter?.error?.message, 'a list opened with [ is not closed with ] on the same line');
      assert.equal(where(plan, plan.frontMatter!.error!.span), '3:1-3:13 mentee: [Mac');
      assert.deepEqual(plan.frontMatter?.data, {});
      assert.deepEqual(
        plan.goals.map((g) => g.statement),
        ['Lead the offsite'],
      );
    });

    it('reports a duplicate key on its line', () => {
      const plan = parsePlan('---\ntype: mentoring-plan\nmentee: Mac\nmentee: Ana\n---\n');
      assert.equal(plan.frontMatter?.error?.message, '"mentee" is given twice; keep one');
      assert.equal(where(plan, plan.frontMatter!.error!.span), '4:1-4:12 mentee: Ana');
    });

    it('reads front matter after a BOM', () => {
      const plan = parsePlan('\ufeff---\nmentoring-plan: true\nnext-review: 2027-01-15\n---\n');
      assert.equal(plan.frontMatter?.data['mentoring-plan'], true);
      assert.equal(plan.frontMatter?.data['next-review'], '2027-01-15');
    });
  });

  describe('fields', () => {
    it('accepts every alias in all three forms, case-insensitively', () => {
      for (const info of FIELDS) {
        for (const alias of info.aliases) {
          for (const label of [alias, alias.toUpperCase(), alias[0].toUpperCase() + alias.slice(1)]) {
            for (const line of [`${label}: x`, `**${label}:** x`, `**${label}**: x`, `__${label}__: x`]) {
              const m = matchField(line);
              assert.equal(m?.key, info.key, line);
              assert.equal(m?.label, label, line);
              assert.equal(m?.value, 'x', line);
              assert.equal(line.slice(m!.valueOffset), 'x', line);
              assert.equal(line.slice(m!.labelOffset, m!.labelOffset + label.length), label, line);
            }
          }
        }
      }
    });

    it('does not take ordinary sentences or links for fields', () => {
      for (const line of ['Note: ask about the offsite', 'See https://example.com/why', 'Why not ask Priya?', 'By the end of March I want this done', '**Bold** text: here']) {
        assert.equal(matchField(line), undefined, line);
      }
    });

    it('keeps an empty value as an empty span right after the label', () => {
      const plan = parsePlan('## Goals\n### Lead the offsite\n- Why this matters:\n');
      const why = field(plan.goals[0], 'why')!;
      assert.equal(why.value, '');
      assert.deepEqual(why.valueSpan, { start: why.span.end, end: why.span.end });
      assert.equal(where(plan, why.span), '3:3-3:20 Why this matters:');
    });

    it('leaves a trailing control comment out of the value', () => {
      const plan = parsePlan('## Goals\n### Lead the offsite\n- By: soon <!-- mentoring-plans-disable-line -->\n');
      const by = field(plan.goals[0], 'by')!;
      assert.equal(by.value, 'soon');
      assert.equal(where(plan, by.valueSpan), '3:7-3:11 soon');
    });

    it('joins a wrapped value', () => {
      const plan = parsePlan('## Goals\n### Lead the offsite\n- Success looks like: the offsite runs to time\n  and three teams leave with one roadmap\n');
      const success = field(plan.goals[0], 'success')!;
      assert.equal(success.value, 'the offsite runs to time and three teams leave with one roadmap');
      assert.equal(where(plan, success.valueSpan), '3:23-4:41 the offsite runs to time\n  and three teams leave with one roadmap');
    });
  });

  describe('goals', () => {
    it('reads a heading goal with a "**Challenge questions**" paragraph instead of a sub-heading', () => {
      const plan = parsePlan('## Goals\n\n### Run the retro\n- By: 2027-02\n\n**Challenge questions**\n\n- Why now? Our retros stopped producing actions.\n- Whose goal is it?\n');
      assert.deepEqual(
        plan.goals[0].challenges.map((q) => `${q.text}|${q.answer}`),
        ['Why now?|Our retros stopped producing actions.', 'Whose goal is it?|'],
      );
    });

    it('puts the field insert of a goal without fields after its own text, not under the heading', () => {
      const text = '## Goals\n\n### Run the retro\nOur retros drift; I want to run one myself.\n\n<!-- mentoring-plans-disable-next-line missing-why -->\n### Speak at the all-hands\n';
      const plan = parsePlan(text);
      assert.deepEqual(plan.goals[0].fieldInsert, { offset: text.indexOf(' myself.') + ' myself.'.length, indent: '', bullet: '-' });
      assert.deepEqual(plan.goals[1].fieldInsert, { offset: text.length - 1, indent: '', bullet: '-' });
    });

    it('reads unordered and ordered list goals, with checkboxes and "+" bullets', () => {
      const plan = parsePlan('## Objectives\n\n+ [ ] Run the Q3 planning day\n  + By: Q3 2027\n\n3) Give two talks at the guild\n   - By: 2027-06\n');
      assert.deepEqual(
        plan.goals.map((g) => [g.statement, where(plan, g.statementSpan), g.fieldInsert.indent, g.fieldInsert.bullet]),
        [
          ['Run the Q3 planning day', '3:7-3:30 Run the Q3 planning day', '  ', '+'],
          ['Give two talks at the guild', '6:4-6:31 Give two talks at the guild', '   ', '-'],
        ],
      );
    });

    it('reads a goal whose statement holds links and emphasis as plain text', () => {
      const plan = parsePlan('## Goals\n\n- Ship **the** [billing](https://x.example) rewrite\n  - By: 2027-01\n');
      assert.equal(plan.goals[0].statement, 'Ship the billing rewrite');
      assert.equal(where(plan, plan.goals[0].statementSpan), '3:3-3:52 Ship **the** [billing](https://x.example) rewrite');
    });

    it('finds no goals outside the goals section', () => {
      const plan = parsePlan('## Purpose\n\n### Grow as a leader\n- Why: because\n\n## Notes\n\n- Lead the offsite\n  - By: 2027-01\n');
      assert.deepEqual(plan.goals, []);
    });
  });

  describe('inline comments and slugs', () => {
    it('collects control comments with their rule ids and spans', () => {
      const plan = parsePlan('<!-- mentoring-plans-disable-file -->\n## Goals\n<!-- mentoring-plans-disable vague-goal, wish-goal -->\n- Lead\n');
      assert.deepEqual(
        plan.comments.map((c) => [c.directive, c.rules.map((r) => where(plan, r.span))]),
        [
          ['disable-file', []],
          ['disable', ['3:30-3:40 vague-goal', '3:42-3:51 wish-goal']],
        ],
      );
    });

    it('slugs headings as GitHub does, numbering repeats', () => {
      assert.deepEqual([...headingSlugs('# Aims\n## Lead a team!\n## Lead a team!\n### 🚀 Ship it\n')], ['aims', 'lead-a-team', 'lead-a-team-1', '-ship-it']);
    });
  });
});

describe('checkDocument: which files are plans', () => {
  it('gives ordinary markdown with a "## Goals" heading no findings at all', () => {
    const readme = fixture('README.md');
    for (const relativePath of ['README.md', 'docs/goals.md', undefined]) {
      const result = checkDocument(readme, { relativePath, today: TODAY });
      assert.equal(result.isPlan, false, String(relativePath));
      assert.deepEqual(result.findings, []);
    }
  });

  it('checks a file by glob or by front matter', () => {
    assert.equal(checkDocument(fixture('README.md'), { relativePath: 'mentees/mac.plan.md', today: TODAY }).isPlan, true);
    assert.equal(checkDocument(fixture('ana.mentoring.md'), { relativePath: 'ana.mentoring.md', today: TODAY }).isPlan, true);
    assert.equal(checkDocument(fixture('mac.plan.md'), { relativePath: 'notes/mac.md', today: TODAY }).isPlan, true);
    assert.equal(checkDocument('---\ntitle: Goals\n---\n## Goals\n- Lead\n', { relativePath: 'notes/mac.md', today: TODAY }).isPlan, false);
  });
});
