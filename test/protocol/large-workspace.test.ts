// A workspace of thousands of plans: workspace/symbol answers from the plans indexed so far while the
// scan goes on, and the scan shows its progress until it ends.

import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { SymbolInformation, WorkDoneProgressBegin, WorkDoneProgressEnd, WorkDoneProgressReport } from 'vscode-languageserver-protocol';
import { TestClient } from '../support/lsp-client';

const PLANS = 3000;
const MENTEES = ['Amara', 'Bilal', 'Chen', 'Dolores', 'Eitan', 'Fatima', 'Goran', 'Hana', 'Ines', 'Joao'];
const GOALS = [
  'Run the Saturday food bank shift on my own by 2027-03',
  'Take the night-school bookkeeping exam by 2027-06',
  'Coach two new volunteers through their first month by 2027-02',
  'Present the allotment budget to the committee by 2027-04',
];

function plan(i: number): string {
  const mentee = MENTEES[i % MENTEES.length];
  const goal = GOALS[i % GOALS.length];
  return `---\ntype: mentoring-plan\nmentee: ${mentee}\n---\n# ${mentee}'s plan\n\n## Purpose\n\n### Be someone the team can lean on\n\n## Goals\n\n### ${goal}\n- Why this matters: [Lean on](#be-someone-the-team-can-lean-on)\n- By: 2027-06\n- Kind: ladder\n`;
}

describe('a workspace of thousands of plans', function () {
  this.timeout(300_000);
  let client: TestClient;
  let root: string;

  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'mp-large-'));
    for (let i = 0; i < PLANS; i++) {
      const dir = path.join(root, `cohort-${Math.floor(i / 100)}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, `mentee-${i}.plan.md`), plan(i));
    }
  });

  afterEach(() => client.shutdown());

  it('answers workspace/symbol from the plans indexed so far, before the indexing progress ends', async () => {
    client = new TestClient({ rootPath: root, capabilities: { window: { workDoneProgress: true } } });
    const events: string[] = [];
    let ended!: () => void;
    const end = new Promise<void>((resolve) => (ended = resolve));
    client.connection.onRequest('window/workDoneProgress/create', () => null);
    client.connection.onNotification('$/progress', ({ value }: { value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd }) => {
      if (value.kind === 'begin') events.push(`begin: ${value.message}`);
      if (value.kind === 'end') {
        events.push('end');
        ended();
      }
    });
    await client.initialize();
    const answer = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'bookkeeping' });
    events.push('answer');
    // Each plan has one goal; a quarter of them are the bookkeeping exam.
    assert.ok(answer.length < PLANS / 4, `${answer.length} symbols: the answer waited for the whole workspace`);
    assert.ok(answer.every((s) => s.name === 'Take the night-school bookkeeping exam by 2027-06'));
    await end;
    assert.deepEqual(events, ['begin: Indexing the workspace', 'answer', 'end']);
    // Once indexed, the answer holds every plan.
    assert.equal((await client.request<SymbolInformation[]>('workspace/symbol', { query: 'bookkeeping' })).length, PLANS / 4);
  });
});
