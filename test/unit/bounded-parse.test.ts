// Shapes that make remark's parser deep or superlinear: containers nested past the limit are defused,
// long stretches and lines are parsed in pieces, and the user's text comes back as written.

import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { containerDepth } from '../support/mdast-depth';
import { checkDocument, checkDocumentSteps } from '../../server/src/core/check';
import { clearChunkCache, splitChunks } from '../../server/src/core/chunked-parse';
import { MAX_CONTAINER_DEPTH } from '../../server/src/core/container-depth';
import { defuseOpeners } from '../../server/src/core/defuse-openers';
import { parseBounded, parseMarkdown, parsePlan } from '../../server/src/core/parse';
import { documentSymbols } from '../../server/src/features/document-symbols';
import { linkPreview } from '../../server/src/features/hover';

const TODAY = '2026-11-22';
const HEAD = '---\ntype: mentoring-plan\nmentee: Noor\n---\n# Mentoring plan: Noor\n\n## Goals\n\n';

/** The text of every text node, in document order. */
function texts(tree: Nodes): string[] {
  const out: string[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') out.push(node.value);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out;
}

const check = (text: string) => checkDocument(text, { relativePath: 'noor.plan.md', today: TODAY });

describe('bounded parse', function () {
  this.timeout(120_000);

  describe('containers nested past the limit', () => {
    it('leaves the nesting of real plans alone', () => {
      const plan = `${HEAD}### Run the spring volunteer drive by 2027-04\n- Why this matters: the food bank runs short in May\n  - Steps:\n    1. Call the three churches\n       > Ask Father Tom first\n       > > he said yes last year\n    2. Book the hall\n`;
      assert.equal(defuseOpeners(plan).text, plan);
      assert.equal(containerDepth(parseBounded(plan)), 5);
    });

    it(`defuses the marker that would open container ${MAX_CONTAINER_DEPTH + 1}, on one line of 20,000 bullets`, () => {
      const line = `${'- '.repeat(20_000)}pack the van`;
      const d = defuseOpeners(line);
      assert.equal(d.text.length, line.length);
      assert.equal(d.text.slice(0, 2 * MAX_CONTAINER_DEPTH), line.slice(0, 2 * MAX_CONTAINER_DEPTH));
      assert.notEqual(d.text[2 * MAX_CONTAINER_DEPTH], '-');
      const tree = parseBounded(line);
      assert.equal(containerDepth(tree), MAX_CONTAINER_DEPTH);
      // The rest of the line is the innermost item's text, as written.
      assert.deepEqual(texts(tree), [line.slice(2 * MAX_CONTAINER_DEPTH)]);
    });

    it('bounds a list nested 1,000 levels over 1,000 lines, and every line keeps its words', () => {
      const lines = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- step ${i} of the move`);
      const tree = parseBounded(lines.join('\n'));
      assert.equal(containerDepth(tree), MAX_CONTAINER_DEPTH);
      assert.deepEqual(texts(tree).join('\n').split('\n').map((t) => t.trim()), lines.map((l) => l.trim().slice(2)).map((t, i) => (i < MAX_CONTAINER_DEPTH ? t : `- ${t}`)));
    });

    it('bounds block quotes, on one line and over many, and quotes inside list items', () => {
      assert.equal(containerDepth(parseBounded(`${'> '.repeat(10_000)}keep going`)), MAX_CONTAINER_DEPTH);
      assert.equal(containerDepth(parseBounded(Array.from({ length: 500 }, (_, i) => `${'> '.repeat(i)}reply ${i}`).join('\n'))), MAX_CONTAINER_DEPTH);
      assert.equal(containerDepth(parseBounded(`${'- > 1. '.repeat(3000)}done`)), MAX_CONTAINER_DEPTH);
      // Lazy continuation lines keep the items open, so they are still counted.
      const lazy = Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- item ${i}\nlazy text ${i}`).join('\n');
      assert.equal(containerDepth(parseMarkdown(defuseOpeners(lazy).text)), MAX_CONTAINER_DEPTH);
    });

    it('builds the plan, checks it and lists its symbols without a stack overflow', () => {
      const text = `${HEAD}### Learn to sail by 2027-08\n${'- '.repeat(20_000)}why\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- Why this matters: level ${i}`).join('\n')}\n${'> '.repeat(20_000)}quoted\n`;
      const result = check(text);
      assert.deepEqual(result.plan.goals.map((g) => g.statement), ['Learn to sail by 2027-08']);
      assert.ok(result.findings.every((f) => f.span.end <= text.length));
      assert.deepEqual(documentSymbols(result.plan).map((s) => s.name), ['Goals']);
      assert.deepEqual(linkPreview(text, 'learn-to-sail-by-2027-08'), { title: 'Learn to sail by 2027-08', summary: '' });
    });
  });

  describe('text parsed in pieces', () => {
    const chunkLengths = (text: string): number[] => {
      const chunks = splitChunks(text);
      return chunks.map((c, i) => (i + 1 < chunks.length ? chunks[i + 1].start : text.length) - c.start);
    };

    it('cuts a stretch without headings at line starts, and a 3.5 MB line inside itself, in pieces of about 64 KB', () => {
      const nested = `${HEAD}${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- step ${i}`).join('\n')}\n`;
      const line = `${HEAD}### ${'plan the route '.repeat(240_000)}\n`;
      for (const text of [nested, line]) {
        const lengths = chunkLengths(text);
        assert.ok(lengths.length >= Math.floor(text.length / (64 * 1024)), `${lengths.length} pieces`);
        assert.ok(Math.max(...lengths) < 64 * 1024 + 2100, `longest piece ${Math.max(...lengths)}`);
      }
    });

    it('keeps the first 64 KB of a 3.5 MB goal line as its statement, and checks the plan', () => {
      const text = `${HEAD}### ${'plan the route '.repeat(240_000)}\n- By: 2027-05\n`;
      const { plan } = check(text);
      assert.equal(plan.goals.length, 1);
      assert.ok(plan.goals[0].statement.startsWith('plan the route plan the route'));
      assert.ok(plan.goals[0].statement.length <= 64 * 1024);
    });

    it('leaves a realistic long plan cut at its headings only', () => {
      const text = `${HEAD}${Array.from({ length: 300 }, (_, i) => `### Mentor ${i} new volunteers through their first shift\n- Why this matters: the rota has gaps\n- By: 2027-0${(i % 9) + 1}\n\n`).join('')}`;
      const plan = parsePlan(text);
      assert.deepEqual(parsePlan(text, parseMarkdown), plan);
      // The front matter, the title, the section heading and one per goal.
      assert.equal(splitChunks(text).length, 303);
    });
  });

  describe('time slices', () => {
    /** The longest pause-free stretch of a cold check, as a share of the whole check; the best of three runs. */
    const longestStepShare = (text: string): number => {
      const shares: number[] = [];
      for (let run = 0; run < 3; run++) {
        clearChunkCache();
        const steps = checkDocumentSteps(text, { relativePath: 'noor.plan.md', today: TODAY });
        const start = performance.now();
        let last = start;
        let longest = 0;
        for (let step = steps.next(); ; step = steps.next()) {
          const now = performance.now();
          longest = Math.max(longest, now - last);
          last = now;
          if (step.done) break;
        }
        shares.push(longest / (last - start));
      }
      return Math.min(...shares);
    };

    it('pauses often enough in a 3.5 MB line and in lines of 20,000 bullets that no stretch is a third of the check', () => {
      for (const text of [`${HEAD}### ${'walk the dog every morning '.repeat(130_000)}\n`, `${HEAD}${`${'- '.repeat(20_000)}x\n\n`.repeat(40)}`]) {
        const share = longestStepShare(text);
        assert.ok(share < 1 / 3, `longest stretch ${(share * 100).toFixed(0)}% of the check`);
      }
    });
  });
});
