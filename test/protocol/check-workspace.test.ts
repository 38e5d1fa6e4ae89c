// mentoringPlans/checkWorkspace: every plan of the folder, open or not, reaches the problem list.

import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../support/lsp-client';

const ROOT = path.resolve(__dirname, '../../examples');
const uriOf = (name: string) => pathToFileURL(path.join(ROOT, name)).href;

describe('check every plan in the workspace', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient({ rootPath: ROOT });
    await client.initialize();
  });
  after(() => client.shutdown());

  it('pushes the findings of plans that are not open and counts them', async () => {
    const result = await client.request<{ plans: number; problems: number }>('mentoringPlans/checkWorkspace', null);
    const messy = await client.diagnostics(uriOf('messy.plan.md'));
    const good = await client.diagnostics(uriOf('good.plan.md'));
    assert.deepEqual(good, []);
    assert.ok(messy.length > 0);
    assert.deepEqual(result, { plans: 2, problems: messy.length });
    assert.ok(messy.every((d) => d.source === 'mentoring-plans'));
  });
});
