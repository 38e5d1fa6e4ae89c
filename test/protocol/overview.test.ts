// mentoringPlans/overview and mentoringPlans/agenda over a workspace of plans, and the notification
// that tells a client to ask again.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { todayIso } from '../../server/src/core/dates';
import { AGENDA_REQUEST, OVERVIEW_REQUEST, PLANS_CHANGED_NOTIFICATION, type AgendaResult, type OverviewResult } from '../../server/src/protocol';
import { TestClient } from '../support/lsp-client';
import { EDITOR_CAPABILITIES } from '../support/workspace-client';

const FIXTURE = path.resolve(__dirname, '../fixtures/overview-workspace');
/** The day the fixture's dates were written for; every date is moved by the days since. */
const WRITTEN_ON = '2026-12-04';
const DAY_MS = 86_400_000;
const offsetDays = Math.round((Date.parse(todayIso()) - Date.parse(WRITTEN_ON)) / DAY_MS);
const d = (iso: string): string => new Date(Date.parse(iso) + offsetDays * DAY_MS).toISOString().slice(0, 10);

function copyWorkspace(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'mentoring-overview-'));
  cpSync(FIXTURE, root, { recursive: true });
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) visit(full);
      else writeFileSync(full, readFileSync(full, 'utf8').replace(/\b\d{4}-\d{2}-\d{2}\b/g, d));
    }
  };
  visit(root);
  return root;
}

const line = (n: number, from: number, to: number) => ({ start: { line: n, character: from }, end: { line: n, character: to } });

describe('mentor overview requests', () => {
  let root: string;
  let client: TestClient;
  const uri = (relative: string) => pathToFileURL(path.join(root, relative)).href;
  before(async () => {
    root = copyWorkspace();
    client = new TestClient({ rootPath: root, capabilities: EDITOR_CAPABILITIES });
    await client.initialize();
  });
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  const kofiGoals = [
    { statement: 'Give a lightning talk at the regional developer meetup', range: line(15, 4, 58), status: 'active', by: d('2027-02-20'), due: d('2027-02-20'), kinds: ['career'], pastDue: false, propertiesMet: 5, openQuestions: 0 },
    // Its why-link leads nowhere: 3 of 5.
    { statement: 'Move the billing jobs onto the new queue', range: line(23, 4, 44), status: 'active', by: d('2026-11-01'), due: d('2026-11-01'), kinds: ['lattice'], pastDue: true, propertiesMet: 3, openQuestions: 1 },
  ];

  it('summarises every plan of the workspace, and only plans', async () => {
    const result = await client.request<OverviewResult>(OVERVIEW_REQUEST, null);
    assert.deepEqual(result, {
      plans: [
        {
          uri: uri('mentees/kofi.plan.md'),
          mentee: 'Kofi Mensah',
          mentor: 'Ruth Adeyemi',
          nextReview: d('2026-11-20'),
          reviewOverdue: true,
          lastSession: d('2026-11-18'),
          // broken-why-link; past-due; premature-goals and review-overdue; open-question.
          findings: { error: 1, warning: 1, information: 2, hint: 1 },
          openQuestions: 1,
          goals: kofiGoals,
        },
        {
          uri: uri('mentees/sara.mentoring.md'),
          mentee: 'Sara Lindqvist',
          mentor: 'Ruth Adeyemi',
          nextReview: d('2027-03-01'),
          reviewOverdue: false,
          lastSession: d('2026-11-25'),
          findings: { error: 0, warning: 0, information: 0, hint: 0 },
          openQuestions: 0,
          goals: [
            { statement: 'Ship the accessible colour palette', range: line(19, 4, 38), status: 'done', by: d('2026-10-15'), due: d('2026-10-15'), kinds: ['lattice', 'enabling'], pastDue: false, propertiesMet: 5, openQuestions: 0 },
            { statement: "Run the design system's first public review", range: line(28, 4, 47), status: 'active', by: d('2027-01-31'), due: d('2027-01-31'), kinds: ['ladder'], pastDue: false, propertiesMet: 5, openQuestions: 0 },
          ],
        },
      ],
    });
  });

  it('prepares the next session of one plan', async () => {
    const result = await client.request<AgendaResult>(AGENDA_REQUEST, { uri: uri('mentees/kofi.plan.md') });
    assert.deepEqual(result, {
      items: [
        { kind: 'past-due', text: `"Move the billing jobs onto the new queue" was due ${d('2026-11-01')} and is still active.`, goal: 'Move the billing jobs onto the new queue', range: line(23, 4, 44) },
        { kind: 'challenge-question', text: 'Why is now the right time for this goal?', goal: 'Move the billing jobs onto the new queue', range: line(32, 2, 42) },
        { kind: 'next-time', text: 'Next time: walk through the queue migration plan with the on-call lead.', range: line(40, 0, 71) },
      ],
      markdown: [
        '# Next session with Kofi Mensah',
        '',
        `Next review: ${d('2026-11-20')} (overdue) · last session: ${d('2026-11-18')}`,
        '',
        '## Past their target date',
        '',
        `- "Move the billing jobs onto the new queue" was due ${d('2026-11-01')} and is still active.`,
        '',
        '## Challenge questions still open',
        '',
        '- Why is now the right time for this goal? ("Move the billing jobs onto the new queue")',
        '',
        '## Agreed last time',
        '',
        '- Next time: walk through the queue migration plan with the on-call lead.',
        '',
      ].join('\n'),
    });
  });

  it('answers an agenda for a file that is not a plan, or without a uri, with InvalidParams', async () => {
    await assert.rejects(client.request(AGENDA_REQUEST, { uri: uri('README.md') }), (e: { code: number; message: string }) => e.code === -32602 && e.message === `${uri('README.md')} is not a mentoring plan.`);
    await assert.rejects(client.request(AGENDA_REQUEST, {}), (e: { code: number; message: string }) => e.code === -32602 && e.message === 'Invalid parameters: uri must be a string.');
  });

  it('notifies the client when a plan changes, and the next overview shows the change', async () => {
    const kofi = uri('mentees/kofi.plan.md');
    const text = readFileSync(path.join(root, 'mentees/kofi.plan.md'), 'utf8');
    await client.request<OverviewResult>(OVERVIEW_REQUEST, null);
    const changed = new Promise<void>((resolve) => client.connection.onNotification(PLANS_CHANGED_NOTIFICATION, () => resolve()));
    await client.open(kofi, text);
    // The mentor and Kofi agree a new date for the migration.
    await client.change(kofi, text.replace(`- By: ${d('2026-11-01')}`, `- By: ${d('2027-04-30')}`));
    await changed;
    const result = await client.request<OverviewResult>(OVERVIEW_REQUEST, null);
    const plan = result.plans.find((p) => p.uri === kofi);
    assert.deepEqual(plan?.goals.map((g) => [g.due, g.pastDue]), [[d('2027-02-20'), false], [d('2027-04-30'), false]]);
    assert.deepEqual(plan?.findings, { error: 1, warning: 0, information: 2, hint: 1 });
  });
});

describe('mentor overview as plans are deleted', () => {
  let root: string;
  let client: TestClient;
  const uri = (relative: string) => pathToFileURL(path.join(root, relative)).href;
  const plans = async (): Promise<string[]> => (await client.request<OverviewResult>(OVERVIEW_REQUEST, null)).plans.map((p) => `${p.mentee} ${path.relative(root, new URL(p.uri).pathname)}`);
  const notified = (): Promise<void> => new Promise((resolve) => client.connection.onNotification(PLANS_CHANGED_NOTIFICATION, () => resolve()));
  before(async () => {
    root = copyWorkspace();
    // Last year's cohort, kept in a folder of its own until the programme lead clears it out.
    cpSync(path.join(root, 'mentees'), path.join(root, 'cohort-2025'), { recursive: true });
    client = new TestClient({ rootPath: root, capabilities: EDITOR_CAPABILITIES });
    await client.initialize();
  });
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  it('drops a deleted plan', async () => {
    assert.deepEqual(await plans(), ['Kofi Mensah cohort-2025/kofi.plan.md', 'Sara Lindqvist cohort-2025/sara.mentoring.md', 'Kofi Mensah mentees/kofi.plan.md', 'Sara Lindqvist mentees/sara.mentoring.md']);
    const changed = notified();
    rmSync(path.join(root, 'mentees/sara.mentoring.md'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('mentees/sara.mentoring.md'), type: 3 }] });
    await changed;
    assert.deepEqual(await plans(), ['Kofi Mensah cohort-2025/kofi.plan.md', 'Sara Lindqvist cohort-2025/sara.mentoring.md', 'Kofi Mensah mentees/kofi.plan.md']);
  });

  it('drops every plan of a deleted folder, reported as the folder alone', async () => {
    const changed = notified();
    rmSync(path.join(root, 'cohort-2025'), { recursive: true });
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('cohort-2025'), type: 3 }] });
    await changed;
    assert.deepEqual(await plans(), ['Kofi Mensah mentees/kofi.plan.md']);
  });

  it('keeps a deleted plan while the editor holds it open, and drops it once closed', async () => {
    const kofi = uri('mentees/kofi.plan.md');
    await client.open(kofi, readFileSync(path.join(root, 'mentees/kofi.plan.md'), 'utf8'));
    rmSync(path.join(root, 'mentees/kofi.plan.md'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: kofi, type: 3 }] });
    assert.deepEqual(await plans(), ['Kofi Mensah mentees/kofi.plan.md']);
    const changed = notified();
    await client.close(kofi);
    await changed;
    assert.deepEqual(await plans(), []);
  });
});

describe('mentor overview in a git repository', () => {
  let root: string;
  let client: TestClient;
  before(async () => {
    root = copyWorkspace();
    const env = { ...process.env, GIT_AUTHOR_DATE: '2026-05-11T12:00:00Z', GIT_COMMITTER_DATE: '2026-05-11T12:00:00Z', GIT_AUTHOR_NAME: 'Ruth', GIT_AUTHOR_EMAIL: 'ruth@example.org', GIT_COMMITTER_NAME: 'Ruth', GIT_COMMITTER_EMAIL: 'ruth@example.org' };
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['add', '.'], { cwd: root, env });
    execFileSync('git', ['commit', '-q', '-m', 'Plans'], { cwd: root, env });
    client = new TestClient({ rootPath: root, capabilities: EDITOR_CAPABILITIES });
    await client.initialize();
  });
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  it('dates the goals from git in the background and tells the client', async () => {
    const dated = new Promise<void>((resolve) => client.connection.onNotification(PLANS_CHANGED_NOTIFICATION, () => resolve()));
    const first = await client.request<OverviewResult>(OVERVIEW_REQUEST, null);
    assert.deepEqual(first.plans.map((p) => p.goals.map((g) => g.lastChanged)), [[undefined, undefined], [undefined, undefined]]);
    await dated;
    let plans = (await client.request<OverviewResult>(OVERVIEW_REQUEST, null)).plans;
    // Both plans' dates may arrive in one notification or two.
    if (plans.some((p) => p.goals.some((g) => !g.lastChanged))) {
      await new Promise<void>((resolve) => client.connection.onNotification(PLANS_CHANGED_NOTIFICATION, () => resolve()));
      plans = (await client.request<OverviewResult>(OVERVIEW_REQUEST, null)).plans;
    }
    assert.deepEqual(plans.map((p) => p.goals.map((g) => g.lastChanged)), [['2026-05-11', '2026-05-11'], ['2026-05-11', '2026-05-11']]);
  });
});
