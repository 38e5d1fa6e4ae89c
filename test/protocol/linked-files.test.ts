// A plan whose why-links lead into another open file is checked again when that file changes, and when
// it is closed unsaved (the file on disk is what counts then).

import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../support/lsp-client';

const PLAN = [
  '---',
  'type: mentoring-plan',
  '---',
  '# Dana’s plan',
  '',
  '## Goals',
  '',
  '### Chair the weekly team meeting by March 2099',
  '',
  '- Why this matters: [step towards management](aims.md#become-a-manager)',
  '',
].join('\n');

describe('plans linked to another open file', () => {
  let root: string;
  let client: TestClient;

  beforeEach(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'linked-'));
    client = new TestClient({ rootPath: root });
    await client.initialize();
  });

  afterEach(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  it('reports the why-link broken once the heading it points to is renamed in the other file', async () => {
    const aims = pathToFileURL(path.join(root, 'aims.md')).href;
    const plan = pathToFileURL(path.join(root, 'dana.plan.md')).href;
    await client.open(aims, '# Aims\n\n## Become a manager\n');
    await client.open(plan, PLAN);
    assert.deepEqual((await client.diagnosticsFor(plan, 1)).map((d) => d.code), ['premature-goals', 'missing-replaces']);
    await client.change(aims, '# Aims\n\n## Become a team manager\n');
    const after = await client.diagnostics(plan, (p) => p.diagnostics.some((d) => d.code === 'broken-why-link'));
    assert.deepEqual(
      after.map((d) => [d.code, d.message]),
      [
        ['premature-goals', 'Goals are set, but nothing has been explored yet. Add an exploration section on identity, values, support and achievement, so the goals aim at the right thing.'],
        ['missing-replaces', 'Nothing says what this goal will replace. Add a "Replaces:" line naming what will stop, to make room for it.'],
        ['broken-why-link', 'The why-link points to "#become-a-manager" in "aims.md", but no such heading exists. Link to an existing purpose heading (did you mean "aims.md#become-a-team-manager"?).'],
      ],
    );
  });

  it('reads the file on disk again once the other file is closed without saving', async () => {
    writeFileSync(path.join(root, 'aims.md'), '# Aims\n\n## Become a manager\n');
    const aims = pathToFileURL(path.join(root, 'aims.md')).href;
    const plan = pathToFileURL(path.join(root, 'dana.plan.md')).href;
    await client.open(aims, '# Aims\n\n## Become a team manager\n');
    await client.open(plan, PLAN);
    assert.deepEqual((await client.diagnosticsFor(plan, 1)).map((d) => d.code), ['premature-goals', 'missing-replaces', 'broken-why-link']);
    await client.close(aims);
    const after = await client.diagnostics(plan, (p) => !p.diagnostics.some((d) => d.code === 'broken-why-link'));
    assert.deepEqual(after.map((d) => d.code), ['premature-goals', 'missing-replaces']);
  });
});
