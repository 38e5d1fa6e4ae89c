// mentoringPlans/planStatus: whether an open markdown file is checked as a plan, and if not why.

import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../support/lsp-client';

const PLAN = '---\ntype: mentoring-plan\nmentee: Lin\n---\n# Lin\n\n## Goals\n\n### Teach the Year 9 chemistry unit on my own\n- By: 2027-04\n';

describe('plan status', () => {
  let client: TestClient;
  let root: string;
  const status = async (name: string, text: string): Promise<unknown> => {
    const uri = pathToFileURL(path.join(root, name)).href;
    await client.open(uri, text);
    return client.request('mentoringPlans/planStatus', { uri });
  };

  before(async () => {
    root = realpathSync(mkdtempSync(path.join(tmpdir(), 'mp-status-')));
    mkdirSync(path.join(root, '.git'));
    writeFileSync(path.join(root, '.mentoring-plans.json'), '{ "ignore": ["archive/**"] }\n');
    client = new TestClient({ rootPath: root });
    await client.initialize();
  });
  after(() => client.shutdown());

  it('a plan by its front matter or its path', async () => {
    assert.deepEqual(await status('lin.md', PLAN), { isPlan: true });
    assert.deepEqual(await status('lin.plan.md', '# Lin\n\n## Goals\n'), { isPlan: true });
  });

  it('not a plan: nothing marks it, or the ignore globs match it', async () => {
    assert.deepEqual(await status('staff-notes.md', '# Staff meeting\n\nParents evening moved to Thursday.\n'), { isPlan: false, notChecked: 'unmarked' });
    assert.deepEqual(await status('archive/lin-2025.plan.md', PLAN), { isPlan: false, notChecked: 'ignored' });
  });

  it('a plan too large to check', async () => {
    assert.deepEqual(await status('huge.plan.md', PLAN + '\nNotes. '.repeat(700_000)), { isPlan: true, notChecked: 'too-large' });
  });
});
