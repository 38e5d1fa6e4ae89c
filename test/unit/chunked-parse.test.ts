import { deepStrictEqual, equal } from 'node:assert/strict';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { corpus, generatePlan, Random, typicalPlan } from '../../bench/generate';
import { checkPlan } from '../../server/src/core/check';
import { clearChunkCache, parseChunked, splitChunks } from '../../server/src/core/chunked-parse';
import { defuseOpeners } from '../../server/src/core/defuse-openers';
import { unreadSections } from '../../server/src/core/heading-only';
import { parseMarkdown, parsePlan, parsePlanSteps } from '../../server/src/core/parse';
import type { Plan } from '../../server/src/core/model';
import { runSteps } from '../../server/src/core/steps';
import { fixAll } from '../../server/src/features/code-actions/fix-all';
import { ruleFixes } from '../../server/src/features/code-actions/index';
import { documentSymbols } from '../../server/src/features/document-symbols';

const TODAY = '2026-11-23';

/** Plain data, so the comparison sees only what a parse produced. */
function plain(tree: Root): unknown {
  return JSON.parse(JSON.stringify(tree));
}

/** Pieces an edit may insert: ordinary typing and every construct that decides where chunks may be cut. */
const PIECES = [
  'x', ' ', '\n', '\n\n', '\r\n', '## ', '### New goal\n', '# ', '#### ', '```', '```\n', '~~~\n', '    ', '<!--', '-->', '<div>\n', '</div>',
  '<pre>\n', '</pre>', '- ', '  - ', '> ', '[aim]', '[aim][]', '[Aim]: #become-a-manager\n', '\n[later]: ../aims.md\n', '---\n', '---', 'By: ', 'Why this matters: ',
  '\uFEFF', '\t', '*', '**Status:** ', '<?x ', '?>', '<!DOCTYPE x>\n', '<![CDATA[', ']]>', '1. ', 'Title\n===\n',
  // What decides whether a session's or unknown section's body may go unparsed (heading-only.ts).
  '\n## Sessions\n', '\n## Notes\n', '\n## Goals\n', '\n### 2026-03-04\n', '<!-- mentoring-plans-disable-next-line vague-goal -->', '-\n', '=', '  # ', '> ---\n', '\r',
];

const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 40 }), insert: fc.constantFrom(...PIECES) });

function whole(text: string): Root {
  return parseMarkdown(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

function apply(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(at + Math.min(e.remove, 3 * e.insert.length + 5));
}

// The last plan is long enough (over 64 KB) for the chunk cache to be used, so moved and reused trees are tested.
const plans = [typicalPlan(), ...corpus(3, 31), generatePlan(new Random(5), { goals: 14, sessionYears: 1 }), generatePlan(new Random(6), { goals: 100, sessionYears: 1 })];

/** Findings, every fix of each, fix-all's edits and the document symbols of a plan. */
function shown(plan: Plan): unknown {
  const findings = checkPlan(plan, { today: TODAY });
  const targets = findings.map((f) => ({ ruleId: f.ruleId, span: f.span, data: f.data ?? {} }));
  const context = { plan, today: TODAY, files: [] };
  return { findings, fixes: targets.map((t) => ruleFixes(t, context)), fixAll: fixAll(targets, context), symbols: documentSymbols(plan) };
}

describe('chunked parse', () => {
  beforeEach(() => clearChunkCache());

  it('cuts at level 1-3 headings outside front matter, fences and HTML blocks', () => {
    const text = ['---', 'type: mentoring-plan', '# not a heading: YAML comment', '---', 'Intro', '## Goals', '```', '## in code', '```', '<!--', '### in a comment', '-->', '<div>', '## in HTML', '', '#### too deep', '### Goal'].join('\n');
    const lines = text.split('\n');
    const lineOf = (i: number): number => text.slice(0, i).split('\n').length - 1;
    deepStrictEqual(
      splitChunks(text).map((c) => [lineOf(c.start), lines[lineOf(c.start)], c.frontMatter]),
      [[0, '---', true], [4, 'Intro', false], [5, '## Goals', false], [16, '### Goal', false]],
    );
  });

  it('has a plan long enough for the cache', () => {
    equal(plans[plans.length - 1].length > 64 * 1024, true);
  });

  it('resolves a reference against a definition in another chunk, as a full parse does', () => {
    const text = '# Plan\n\n## Goals\n\n### Lead the migration\n\n- Why this matters: [trusted manager][aim]\n\n## Purpose\n\n[aim]: #become-a-manager\n';
    const tree = parseChunked(text);
    deepStrictEqual(plain(tree), plain(parseMarkdown(text)));
    equal(JSON.stringify(tree).includes('"linkReference"'), true);
  });

  it('parses a session log or an unknown section as heading lines, unless a body holds a heading, comment, definition or fence', () => {
    const text = [
      '# Plan', '', '## Goals', '', '### Run the incident review', '', '- By: 2027-03-01', '', '## Sessions', '',
      '### 2026-02-03', '', 'Talked through the reorg.', '',
      '### 2026-02-17', '', 'Practised the talk. <!-- mentoring-plans-disable vague-goal -->', '',
      '### 2026-03-03', '', 'See [the notes].', '', '[the notes]: ./notes.md', '',
      '### 2026-03-17', '', 'Priorities', '----------', '',
      '### 2026-03-31', '', '```', 'draft', '```', '',
      '## Notes', '', '### Reading list', '', '- *Radical Candor*, chapter 3', '',
    ].join('\n');
    const paragraphs = (tree: Root): string[] => tree.children.filter((n) => n.type === 'paragraph').map((n) => text.slice(n.position!.start.offset, n.position!.end.offset));
    deepStrictEqual(paragraphs(parseChunked(text, { bodies: unreadSections })), ['Practised the talk. <!-- mentoring-plans-disable vague-goal -->', 'See [the notes].']);
    deepStrictEqual(paragraphs(parseChunked(text)), ['Talked through the reorg.', 'Practised the talk. <!-- mentoring-plans-disable vague-goal -->', 'See [the notes].']);
    const plan = parsePlan(text);
    deepStrictEqual(plan, parsePlan(text, parseMarkdown));
    deepStrictEqual(plan.headings.map((h) => h.slug), ['plan', 'goals', 'run-the-incident-review', 'sessions', '2026-02-03', '2026-02-17', '2026-03-03', '2026-03-17', 'priorities', '2026-03-31', 'notes', 'reading-list']);
    equal(plan.comments.length, 1);
  });

  it('builds the node remark gives for every plain heading line it does not parse', () => {
    const line = fc.tuple(fc.constantFrom('', '\n', '\n\n', ' \r\n'), fc.integer({ min: 1, max: 3 }), fc.string({ unit: fc.constantFrom('a', 'Z', '2', '-', ' ', ':', '.', 'é', '\u{1F4C5}', '#', '*', '\t') }), fc.constantFrom('', '\n', '\r\n', '\nLater notes.\n'));
    fc.assert(
      fc.property(line, ([before, depth, content, after]) => {
        const text = `## Sessions\n\n${before}${'#'.repeat(depth)} ${content}${after}`;
        const headings = (tree: Root): unknown => plain({ ...tree, children: tree.children.filter((n) => n.type !== 'paragraph') });
        const skipped = parseChunked(text, { bodies: unreadSections });
        deepStrictEqual(headings(skipped), headings(whole(text)));
        // A plain level-3 line under the session log is never parsed: its body is left out.
        if (depth === 3 && !/[#*\t]/.test(content)) equal(skipped.children.some((n) => n.type === 'paragraph'), false);
      }),
      { numRuns: 300, seed: 20261126 },
    );
  });

  it('equals a full parse, builds the same plan and gives the same findings, over random edits of realistic plans', function () {
    this.timeout(600_000);
    fc.assert(
      // `open`: cached whatever the length, as for a document open in the editor.
      fc.property(fc.constantFrom(...plans.keys(), plans.length - 1, plans.length - 1), fc.array(edit, { minLength: 1, maxLength: 8 }), fc.boolean(), (which, edits, open) => {
        let text = plans[which];
        // Build each intermediate version, as an editor does, so cached chunks and what was built from them are reused and moved.
        for (const e of edits) {
          text = apply(text, e);
          runSteps(parsePlanSteps(text, { cache: open }));
        }
        deepStrictEqual(plain(parseChunked(text, { cache: open })), plain(whole(text)));
        // The model too: goals and headings found by earlier builds are reused, moved, for unchanged chunks.
        const plan = runSteps(parsePlanSteps(text, { cache: open }));
        const fresh = parsePlan(text, parseMarkdown);
        deepStrictEqual(plan, fresh);
        // What the editor shows from the plan: findings, their fixes, the outline.
        deepStrictEqual(shown(plan), shown(fresh));
      }),
      { numRuns: 100, seed: 20261123 },
    );
  });

  it('keeps the trees of a parse paused between steps apart from another parse of the same chunks', function () {
    this.timeout(300_000);
    fc.assert(
      fc.property(fc.constantFrom(...plans.keys()), fc.array(edit, { minLength: 1, maxLength: 4 }), fc.nat({ max: 40 }), (which, edits, abandonAt) => {
        const first = plans[which];
        const second = edits.reduce(apply, first);
        parseChunked(first, { cache: true });
        // A third parse abandoned part-way (a superseded check) must give back the trees it held.
        const abandoned = parsePlanSteps(second, { cache: true });
        for (let i = 0; i < abandonAt && !abandoned.next().done; i++);
        abandoned.return(parsePlan(''));
        // The two share most chunk texts; each step of one is followed by a step of the other.
        const a = parsePlanSteps(first, { cache: true });
        const b = parsePlanSteps(second, { cache: true });
        let ra = a.next();
        let rb = b.next();
        while (!ra.done || !rb.done) {
          if (!ra.done) ra = a.next();
          if (!rb.done) rb = b.next();
        }
        deepStrictEqual(ra.value, parsePlan(first, parseMarkdown));
        deepStrictEqual(rb.value, parsePlan(second, parseMarkdown));
        deepStrictEqual(plain(parseChunked(second, { cache: true })), plain(whole(second)));
      }),
      { numRuns: 60, seed: 20261124 },
    );
  });

  describe('with openers that never close, defused chunk by chunk', () => {
    // Every chunk holds openers the whole text defuses: inline and line-start comments, `<?`, CDATA,
    // a definition label and its reference, and front matter whose openers could reach past it.
    const notes = [
      '---',
      'mentor_name: Ana <!-- ask her',
      'start_date: 2026-11',
      '---',
      'Notes for *Sam* <!-- draft <?',
      '## Goals',
      '### Lead the retro <!-- <!--',
      '- Why this matters: [a trusted lead][lead<!--] <!--',
      '- By: 2099-01',
      '',
      '[lead<!--]: #lead-a-team',
      '',
      '### Write the design doc <?',
      '- <!-- open',
      '<!-- second',
      '- By: 2099-02',
      '## Purpose',
      'Become a lead <![CDATA[ never closed',
      '',
    ].join('\n');
    const text = `${notes}\n${typicalPlan()}`;
    const pieces = [
      'x', '\n', '\n\n', '## Purpose\n', '### Run the offsite\n', '<!--', '<!-- ', '-->', '<?', '?>', '<!X ', '>', '<![CDATA[', ']]>', '- <!-- a\n',
      '<!-- b\n', '[lead<!--]', '\n[lead<!--]: #lead\n', 'a_b ', '*a'.repeat(401), '_a'.repeat(401), '\u2b50 ', '<div>\n', '```\n', '---\n', 'title: <!--\n',
    ];
    const openerEdit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 20 }), insert: fc.constantFrom(...pieces) });

    it('has openers to defuse in several chunks', () => {
      const chunks = splitChunks(text);
      const defused = defuseOpeners(text).text;
      const touched = chunks.filter((c, i) => defused.slice(c.start, chunks[i + 1]?.start) !== text.slice(c.start, chunks[i + 1]?.start));
      equal(touched.length >= 4, true);
    });

    it('defuses the text after front matter as the whole text does when an opener in the front matter reaches it', () => {
      // Eight comments open in the paragraph after the front matter; with the one in the front matter, the last is one too many.
      const withFrontMatter = '---\ntitle: Sam <!--\n---\nNotes `<!--` `<!--` `<!--` `<!--` `<!--` `<!--` `<!--` <!-- mentoring-plans-disable vague-goal -->\n## Goals\n### Lead the retro\n';
      const plan = parsePlan(withFrontMatter);
      deepStrictEqual(plan, parsePlan(withFrontMatter, parseMarkdown));
      // The last opener stays text, so it is no directive.
      deepStrictEqual(plan.comments, []);
    });

    it('does not cut where a block left open by the defused text runs past the cut', () => {
      // The second comment opener is defused, so the `<?` block runs over the heading, as in one parse of the whole text.
      const blockOverHeading = '## Goals\n- <!-- w\n<!-- x\n\n<? y\n\n-->\n## Purpose\nBecome a lead ?>\n';
      const plan = parsePlan(blockOverHeading);
      deepStrictEqual(plan, parsePlan(blockOverHeading, parseMarkdown));
      deepStrictEqual(plan.headings.map((h) => h.text), ['Goals']);
    });

    it('keeps what the text writes in the stand-ins\' range', () => {
      const arrows = '## Goals\n### Map the flow \u2b00 <!--\n## Purpose\nLead <!-- \u2b01\n';
      const plan = parsePlan(arrows);
      deepStrictEqual(plan, parsePlan(arrows, parseMarkdown));
      deepStrictEqual(plan.headings.map((h) => h.text), ['Goals', 'Map the flow \u2b00 <!--', 'Purpose']);
    });

    it('builds the plan of one whole parse, from cached chunks, over random edits', function () {
      this.timeout(600_000);
      fc.assert(
        fc.property(fc.array(openerEdit, { minLength: 1, maxLength: 8 }), (edits) => {
          let version = text;
          runSteps(parsePlanSteps(version, { cache: true }));
          for (const e of edits) {
            version = apply(version, e);
            runSteps(parsePlanSteps(version, { cache: true }));
          }
          const plan = runSteps(parsePlanSteps(version, { cache: true }));
          const fresh = parsePlan(version, parseMarkdown);
          deepStrictEqual(plan, fresh);
          deepStrictEqual(shown(plan), shown(fresh));
        }),
        { numRuns: 150, seed: 20261125 },
      );
    });
  });
});
