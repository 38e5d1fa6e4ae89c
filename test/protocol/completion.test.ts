// Completion over LSP in a folder of plans that link to each other: labels and the exact edits.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-protocol';
import { TestClient } from '../support/lsp-client';

const ROOT = path.resolve(__dirname, '../fixtures/intelligence');
const OMAR = path.join(ROOT, 'leads/omar.plan.md');
const uri = pathToFileURL(OMAR).href;
const omar = readFileSync(OMAR, 'utf8');

describe('completion', function () {
  let client: TestClient;

  before(async () => {
    client = new TestClient({ rootPath: ROOT });
    await client.initialize();
    await client.open(uri, omar);
    await client.diagnostics(uri);
  });
  after(() => client.shutdown());

  /** Completes at "|" in the text made by replacing `find` in Omar's plan; returns "label => line:col-col newText". */
  async function complete(find: string, replacement: string): Promise<string[]> {
    assert.ok(omar.includes(find));
    const marked = omar.replace(find, replacement);
    const at = marked.indexOf('|');
    const text = marked.slice(0, at) + marked.slice(at + 1);
    await client.diagnosticsFor(uri, await client.change(uri, text));
    const before = text.slice(0, at).split('\n');
    const position = { line: before.length - 1, character: before[before.length - 1].length };
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position });
    return items
      .sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))
      .map((i) => {
        const e = i.textEdit as TextEdit;
        return `${i.label} => ${e.range.start.line + 1}:${e.range.start.character}-${e.range.end.character} ${e.newText}`;
      });
  }

  const GOAL_END = '- Replaces: chairing every planning meeting myself\n';

  it('offers this plan\'s purposes in a why line, and another mentee\'s plan only once its path is typed', async () => {
    const line = '- Why this matters: [Priya\'s aim](../priya.plan.md#lead-the-platfrom-team-within-two-years)';
    assert.deepEqual(await complete(line, '- Why this matters: |'), ['Grow the next platform lead => 21:20-20 [Grow the next platform lead](#grow-the-next-platform-lead)']);
    assert.deepEqual(await complete(line, '- Why this matters: ../pri|'), [
      'Grow the next platform lead => 21:20-26 [Grow the next platform lead](#grow-the-next-platform-lead)',
      'Lead the platform team within two years => 21:20-26 [Lead the platform team within two years](../priya.plan.md#lead-the-platform-team-within-two-years)',
      'Be the person juniors ask first => 21:20-26 [Be the person juniors ask first](../priya.plan.md#be-the-person-juniors-ask-first)',
    ]);
  });

  it('offers the kinds not yet written, after a comma and right after the colon', async () => {
    assert.deepEqual(await complete(GOAL_END, `${GOAL_END}- Kind: lattice, |\n`), [
      'ladder => 25:17-17 ladder',
      'career => 25:17-17 career',
      'developmental => 25:17-17 developmental',
      'enabling => 25:17-17 enabling',
      'emotional => 25:17-17 emotional',
    ]);
    const items = await complete(GOAL_END, `${GOAL_END}- Kind:|\n`);
    assert.equal(items[0], 'ladder => 25:7-7  ladder');
  });

  it('offers the statuses with their meaning', async () => {
    const items = await complete(GOAL_END, `${GOAL_END}- Status: pa|\n`);
    assert.deepEqual(items, ['active', 'paused', 'exploring', 'done', 'dropped', 'evolved'].map((s) => `${s} => 25:10-12 ${s}`));
  });

  it('offers the field labels the goal does not have yet at the start of an item', async () => {
    assert.deepEqual(await complete(GOAL_END, `${GOAL_END}- St|\n`), [
      'Kind => 25:2-4 Kind: ',
      'Stretch => 25:2-4 Stretch: ',
      'Owner => 25:2-4 Owner: ',
      'Status => 25:2-4 Status: ',
    ]);
  });

  it('offers "Evolved into" once the goal is marked evolved', async () => {
    assert.deepEqual(await complete(GOAL_END, `${GOAL_END}- Status: evolved\n- Ev|\n`), ['Kind => 26:2-4 Kind: ', 'Stretch => 26:2-4 Stretch: ', 'Owner => 26:2-4 Owner: ', 'Evolved into => 26:2-4 Evolved into: ']);
  });

  it('offers "Evolved into" for a status that means evolved, and not for one that only mentions it', async () => {
    const offered = ['Kind => 26:2-4 Kind: ', 'Stretch => 26:2-4 Stretch: ', 'Owner => 26:2-4 Owner: ', 'Evolved into => 26:2-4 Evolved into: '];
    assert.deepEqual(await complete(GOAL_END, `${GOAL_END}- Status: superseded\n- Ev|\n`), offered);
    assert.deepEqual(await complete(GOAL_END, `${GOAL_END}- Status: paused until the plan has evolved\n- Ev|\n`), offered.slice(0, 3));
  });

  it('offers the questions of the bank not yet asked', async () => {
    const asked = '- What do you care about most, in your work and outside it? Teams that keep their people.\n';
    assert.deepEqual(await complete(asked, `${asked}- |\n`), [
      'Why does that matter so much to you? => 17:2-2 Why does that matter so much to you?',
      'What difference would you like your work to make, and for whom? => 17:2-2 What difference would you like your work to make, and for whom?',
      'When did your work last feel at odds with what you believe in? => 17:2-2 When did your work last feel at odds with what you believe in?',
      'Which of your values would you refuse to trade for a step up? => 17:2-2 Which of your values would you refuse to trade for a step up?',
    ]);
  });

  it('offers the challenge questions not yet asked, with a bullet on a bare line', async () => {
    const challenge = `${GOAL_END}\n#### Challenge questions\n\n- Why is now the right time for this goal? Omar moves to the data team in June.\n|\n`;
    assert.deepEqual(await complete(GOAL_END, challenge), [
      'What need of yours would reaching this goal meet? => 29:0-0 - What need of yours would reaching this goal meet?',
      "Is this goal all yours, partly someone else's, or mostly someone else's? => 29:0-0 - Is this goal all yours, partly someone else's, or mostly someone else's?",
      'Is this part of a bigger goal, or several goals bundled into one? => 29:0-0 - Is this part of a bigger goal, or several goals bundled into one?',
      'What will you stop doing to make room for this? => 29:0-0 - What will you stop doing to make room for this?',
    ]);
  });
});
