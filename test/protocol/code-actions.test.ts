// Quick fixes over LSP: each returned edit is applied to the plan and the whole text compared, then the
// edited text is checked again to see the problem gone (or the intended change in diagnostics).

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { todayIso } from '../../server/src/core/dates';
import { suggestedDates } from '../../server/src/features/code-actions/dates';
import { applyAction } from '../support/edits';
import { summarise, TestClient } from '../support/lsp-client';

const ROOT = path.resolve(__dirname, '../fixtures/intelligence');
const PRIYA = path.join(ROOT, 'priya.plan.md');
const OMAR = path.join(ROOT, 'leads/omar.plan.md');
const uriOf = (file: string): string => pathToFileURL(file).href;

// The server dates its suggestions from the real clock; the date arithmetic itself is pinned in
// test/unit/code-action-dates.test.ts, so here the expected dates come from the same function.
const [thisQuarter, nextQuarter, threeMonthsOn] = suggestedDates(todayIso()).map((s) => s.date);

describe('code actions', function () {
  let client: TestClient;
  const priya = readFileSync(PRIYA, 'utf8');
  const omar = readFileSync(OMAR, 'utf8');
  const texts = new Map<string, string>();

  before(async () => {
    client = new TestClient({ rootPath: ROOT });
    await client.initialize();
    for (const [file, text] of [[PRIYA, priya], [OMAR, omar]]) {
      texts.set(uriOf(file), text);
      await client.open(uriOf(file), text);
      await client.diagnostics(uriOf(file));
    }
  });
  after(() => client.shutdown());

  /** Sets a document's text and returns the diagnostics of exactly that version. */
  async function setText(uri: string, text: string): Promise<Diagnostic[]> {
    texts.set(uri, text);
    return client.diagnosticsFor(uri, await client.change(uri, text));
  }

  async function diagnostic(uri: string, code: string, line: number): Promise<Diagnostic> {
    const all = await client.diagnostics(uri);
    const found = all.find((d) => d.code === code && d.range.start.line === line - 1);
    assert.ok(found, `no ${code} on line ${line}: ${summarise(all).join(', ')}`);
    return found;
  }

  async function actions(uri: string, code: string, line: number): Promise<CodeAction[]> {
    const d = await diagnostic(uri, code, line);
    return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  }

  /** Applies the titled action, checks the text, and returns the diagnostics of the edited text; restores the original after. */
  async function apply(uri: string, code: string, line: number, title: string, expected: string): Promise<string[]> {
    const original = texts.get(uri)!;
    const action = (await actions(uri, code, line)).find((a) => a.title === title);
    assert.ok(action, `no action "${title}"`);
    const edited = applyAction(original, uri, action);
    assert.equal(edited, expected);
    const after = summarise(await setText(uri, edited));
    await setText(uri, original);
    return after;
  }

  const P = uriOf(PRIYA);
  const count = (list: string[], code: string): number => list.filter((s) => s.endsWith(` ${code}`)).length;

  it('offers a why line per purpose, the most linked preferred, and a new purpose', async () => {
    const list = await actions(P, 'missing-why', 39);
    assert.deepEqual(
      list.map((a) => `${a.isPreferred ? '*' : ' '} ${a.title}`),
      [
        '* Add "Why this matters" linking to "Lead the platform team within two years"',
        '  Add "Why this matters" linking to "Be the person juniors ask first"',
        '  Add "Why this matters" linking to a new purpose',
        '  Disable missing-why for this line',
        '  Disable missing-why for this file',
      ],
    );
    const after = await apply(P, 'missing-why', 39, list[0].title,
      priya.replace('- Replaces: being paged for every question\n', '- Replaces: being paged for every question\n- Why this matters: [Lead the platform team within two years](#lead-the-platform-team-within-two-years)\n'));
    assert.equal(count(after, 'missing-why'), 0);
  });

  it('adds a new purpose under the purpose section and links the goal to it', async () => {
    const after = await apply(P, 'missing-why', 39, 'Add "Why this matters" linking to a new purpose',
      priya
        .replace('the mentor she lacked.\n', 'the mentor she lacked.\n\n### A larger aim the goals serve\n\nWhat this aim means to the mentee, and why it matters to them.\n')
        .replace('- Replaces: being paged for every question\n', '- Replaces: being paged for every question\n- Why this matters: [A larger aim the goals serve](#a-larger-aim-the-goals-serve)\n'));
    assert.equal(count(after, 'missing-why'), 0);
    assert.equal(count(after, 'broken-why-link'), 1, 'only the typo link stays broken');
  });

  it('turns an unlinked why into a link to a purpose', async () => {
    const after = await apply(P, 'why-not-linked', 45, 'Link "so people understand my designs" to "Lead the platform team within two years"',
      priya.replace('- Why this matters: so people understand my designs', '- Why this matters: [so people understand my designs](#lead-the-platform-team-within-two-years)'));
    assert.equal(count(after, 'why-not-linked'), 0);
  });

  it('retargets a broken link to the closest purpose, and never into another mentee\'s plan', async () => {
    const list = await actions(P, 'broken-why-link', 34);
    assert.equal(list[0].isPreferred, true);
    const after = await apply(P, 'broken-why-link', 34, 'Point the link to "#be-the-person-juniors-ask-first"', priya.replace('#be-the-person-juniors-ask-frist', '#be-the-person-juniors-ask-first'));
    assert.equal(count(after, 'broken-why-link'), 0);
    const titles = (await actions(uriOf(OMAR), 'broken-why-link', 21)).map((a) => a.title);
    assert.deepEqual(titles.filter((t) => t.startsWith('Point the link')), []);
  });

  it('rewrites a readable but non-ISO date and offers dates from today', async () => {
    const list = await actions(P, 'unreadable-date', 36);
    assert.deepEqual(list.slice(0, 2).map((a) => a.title), ['Rewrite "31/03/2099" as 2099-03-31', `Replace with ${thisQuarter} (end of this quarter)`]);
    const after = await apply(P, 'unreadable-date', 36, 'Rewrite "31/03/2099" as 2099-03-31', priya.replace('- By: 31/03/2099', '- By: 2099-03-31'));
    assert.equal(count(after, 'unreadable-date'), 0);
  });

  it('marks a past-due goal done or moves its date', async () => {
    const done = await apply(P, 'past-due', 57, 'Mark the goal done', priya.replace('- Replaces: chasing release dates in chat\n', '- Replaces: chasing release dates in chat\n- Status: done\n'));
    assert.equal(count(done, 'past-due'), 0);
    const moved = await apply(P, 'past-due', 57, `Move the target date to ${thisQuarter} (end of this quarter)`, priya.replace('- By: 2025-06-30', `- By: ${thisQuarter}`));
    assert.equal(count(moved, 'past-due'), 0);
  });

  it('adds a success line to a vague goal, empty for the mentor to fill in', async () => {
    await apply(P, 'vague-goal', 44, 'Add a "Success looks like" line', priya.replace('- Replaces: long messages nobody reads\n', '- Replaces: long messages nobody reads\n- Success looks like:\n'));
  });

  it('adds the root-cause probes under a feeling-shaped goal', async () => {
    await apply(P, 'symptom-goal', 49, 'Add the root-cause probes under this goal',
      priya.replace(
        '- Replaces: working weekends\n',
        '- Replaces: working weekends\n\n#### Root-cause probes\n\n' +
          '- Is this about confidence, a doubt that you can do it?\n- Is there a skill you have not had the chance to learn yet?\n- Is it about how you plan your time and organise your work?\n' +
          '- Are your priorities unclear, or pulling against each other?\n- Is it about letting go of control, trusting others or handing work on?\n- What are you putting effort into now that is not paying off?\n',
      ));
  });

  it('asks whose goal a borrowed goal is, under a new challenge heading', async () => {
    const after = await apply(P, 'borrowed-goal', 54, 'Ask "Is this goal all yours, partly someone else\'s, or mostly someone else\'s?"',
      priya.replace('- Replaces: chasing release dates in chat\n', "- Replaces: chasing release dates in chat\n\n#### Challenge questions\n\n- Is this goal all yours, partly someone else's, or mostly someone else's?\n"));
    assert.equal(count(after, 'open-question'), 1);
  });

  it('splits a compound list goal into one goal per outcome, each keeping its fields', async () => {
    const fields = '  - Why this matters: [Lead the platform team](#lead-the-platform-team-within-two-years)\n  - By: 2099-04\n  - Replaces: explaining the migration one person at a time\n';
    const after = await apply(P, 'compound-goal', 60, 'Split into 2 goals',
      priya.replace(`- Present the migration plan at the all-hands and write the runbook for it\n${fields}`, `- Present the migration plan at the all-hands\n${fields}- Write the runbook for it\n${fields}`));
    assert.equal(count(after, 'compound-goal'), 0);
  });

  it('replaces an unknown kind with the closest one', async () => {
    const after = await apply(P, 'unknown-kind', 29, 'Change "developmentall" to "developmental"', priya.replace('developmentall', 'developmental'));
    assert.equal(count(after, 'unknown-kind'), 0);
  });

  it('disables a rule for a line or for the file', async () => {
    const line = await apply(P, 'unknown-kind', 29, 'Disable unknown-kind for this line', priya.replace('- Kind: ladder, developmentall', '<!-- mentoring-plans-disable-next-line unknown-kind -->\n- Kind: ladder, developmentall'));
    assert.equal(count(line, 'unknown-kind'), 0);
    assert.equal(count(line, 'missing-why'), 1, 'the field list split by the comment is still read');
    const file = await apply(P, 'vague-goal', 44, 'Disable vague-goal for this file', priya.replace('next-review: 2099-01-15\n---\n', 'next-review: 2099-01-15\n---\n\n<!-- mentoring-plans-disable-file vague-goal -->\n'));
    assert.equal(count(file, 'vague-goal'), 0);
    const nested = await apply(P, 'compound-goal', 60, 'Disable compound-goal for this line', priya.replace('- Present the migration', '<!-- mentoring-plans-disable-next-line compound-goal -->\n- Present the migration'));
    assert.equal(count(nested, 'compound-goal'), 0);
  });

  it('fixes all safe problems at once: kind typo, link typo, readable date', async () => {
    const list = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: P }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.deepEqual(list.map((a) => [a.title, a.kind]), [['Fix all safe mentoring-plan problems', 'source.fixAll.mentoringPlans']]);
    const edited = applyAction(priya, P, list[0]);
    assert.equal(edited, priya.replace('developmentall', 'developmental').replace('#be-the-person-juniors-ask-frist', '#be-the-person-juniors-ask-first').replace('31/03/2099', '2099-03-31'));
    const after = summarise(await setText(P, edited));
    await setText(P, priya);
    for (const code of ['unknown-kind', 'broken-why-link', 'unreadable-date']) assert.equal(count(after, code), 0, code);
  });

  describe('in a plan without exploration, with CRLF line endings', () => {
    const uri = 'file:///tmp/mentoring-plans-test/nadia.plan.md';
    const text = [
      '---', 'type: mentoring-plan', 'mentee: Nadia', '---', '# Mentoring plan: Nadia', '', '## Purpose', '', '### Move into product management', 'Nadia wants to shape what gets built.', '',
      '## Goals', '', '1. Shadow the product lead for one release cycle', '   - By: 2099-02', '   - Success looks like: two release reviews run alongside Jo', '',
      '2. Run the design critique for the mobile squad', '   - Why this matters: [Move into product management](#move-into-product-management)',
      '   - Success looks like: three critiques run, notes sent the same day', '   - Replaces: waiting to be invited to critiques', '',
    ].join('\r\n');

    before(async () => {
      texts.set(uri, text);
      await client.open(uri, text);
      await client.diagnostics(uri);
    });

    it('inserts a why line in the list goal indentation, keeping CRLF', async () => {
      const after = await apply(uri, 'missing-why', 14, 'Add "Why this matters" linking to "Move into product management"',
        text.replace('alongside Jo\r\n', 'alongside Jo\r\n   - Why this matters: [Move into product management](#move-into-product-management)\r\n'));
      assert.equal(count(after, 'missing-why'), 0);
    });

    it('adds an empty replaces line to an open goal that lacks one', async () => {
      await apply(uri, 'missing-replaces', 14, 'Add a "Replaces" line', text.replace('alongside Jo\r\n', 'alongside Jo\r\n   - Replaces:\r\n'));
    });

    it('sets a target date from today on a goal without one', async () => {
      const list = await actions(uri, 'no-horizon', 18);
      assert.deepEqual(list.map((a) => a.title).slice(0, 3), [
        `Set the target date to ${thisQuarter} (end of this quarter)`,
        `Set the target date to ${nextQuarter} (end of next quarter)`,
        `Set the target date to ${threeMonthsOn} (three months from today)`,
      ]);
      const after = await apply(uri, 'no-horizon', 18, `Set the target date to ${nextQuarter} (end of next quarter)`,
        text.replace('invited to critiques\r\n', `invited to critiques\r\n   - By: ${nextQuarter}\r\n`));
      assert.equal(count(after, 'no-horizon'), 0);
    });

    it('inserts the four question banks before the goals section', async () => {
      const banks =
        '## Exploration\r\n\r\n### Identity\r\n\r\n' +
        '- Leaving your job title aside, how would you describe yourself?\r\n- Who would you like to have become a few years from now?\r\n- How does the work you do today fit that picture?\r\n- What gets in the way of becoming that person?\r\n- Who or what helps you grow in that direction?\r\n- When do you feel most like yourself at work?\r\n\r\n' +
        '### Values\r\n\r\n- What do you care about most, in your work and outside it?\r\n- Why does that matter so much to you?\r\n- What difference would you like your work to make, and for whom?\r\n- When did your work last feel at odds with what you believe in?\r\n- Which of your values would you refuse to trade for a step up?\r\n\r\n' +
        '### Support\r\n\r\n- How well supported do you feel at work at the moment?\r\n- And at home, who is in your corner?\r\n- Who do you turn to when you want to learn something or think it through?\r\n- How does the support around you shape what feels possible?\r\n- Which resources, such as time, money, people or tools, would make you more effective?\r\n- Whose support is missing that you would like to have?\r\n\r\n' +
        '### Achievement\r\n\r\n- What would you like to give to other people through your work?\r\n- What would you like to gain for yourself?\r\n- What is the point of each of those for you?\r\n- Looking back in ten or twenty years, which achievements would make you proud?\r\n- What is not right about the way things are now?\r\n\r\n';
      const after = await apply(uri, 'premature-goals', 12, 'Add an exploration section with the four question banks', text.replace('## Goals', `${banks}## Goals`));
      // Still premature until the questions are answered, but now there is somewhere to answer them.
      assert.equal(count(after, 'premature-goals'), 1);
    });
  });
});
