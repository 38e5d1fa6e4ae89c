import * as assert from 'node:assert/strict';
import type { CodeLens } from 'vscode-languageserver-protocol';
import { at, WorkspaceSession } from '../support/workspace-client';

describe('code lens', () => {
  let session: WorkspaceSession;

  const lenses = async (uri: string) =>
    (await session.client.request<CodeLens[] | null>('textDocument/codeLens', { textDocument: { uri } }))?.map((l) => `${at(l.range)} ${l.command?.title}`);

  beforeEach(async () => {
    session = new WorkspaceSession();
    await session.client.initialize();
  });

  afterEach(() => session.dispose());

  it('counts the properties each goal meets, its open questions, and the goals linking to each purpose', async () => {
    const mac = await session.open('mentees/mac.plan.md');
    assert.deepEqual(await lenses(mac), [
      '12:1-12:36 linked by 2 goals',
      '15:1-15:41 linked by no goals yet',
      '29:5-29:66 5 of 5 properties met', // its one unanswered question is answered by its Replaces line
      '42:5-42:32 3 of 5 properties met',
      '47:3-47:35 2 of 5 properties met',
    ]);
  });

  it('counts goals of other plans, including unsaved edits', async () => {
    const mac = await session.open('mentees/mac.plan.md');
    const priya = await session.open('mentees/priya.plan.md');
    assert.deepEqual(await lenses(priya), ['10:1-10:37 linked by 1 goal', '15:5-15:59 4 of 5 properties met', '21:5-21:40 2 of 5 properties met']);
    const handover = '\n### Take over the status report from Mac by 2099-02-01\n- Why this matters: [his handover](mac.plan.md#become-a-manager-my-team-trusts) and [my API aim](#own-the-design-of-our-public-api)\n';
    await session.client.change(priya, session.text('mentees/priya.plan.md') + handover);
    assert.deepEqual((await lenses(mac))?.[0], '12:1-12:36 linked by 3 goals');
    assert.deepEqual(await lenses(priya), ['10:1-10:37 linked by 2 goals', '15:5-15:59 4 of 5 properties met', '21:5-21:40 2 of 5 properties met', '25:5-25:55 4 of 5 properties met']);
  });

  it('answers only for plans', async () => {
    const readme = await session.open('README.md');
    assert.equal(await lenses(readme), undefined);
  });
});
