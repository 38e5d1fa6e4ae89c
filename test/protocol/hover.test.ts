import * as assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-protocol';
import { at, WorkspaceSession } from '../support/workspace-client';

describe('hover', () => {
  let session: WorkspaceSession;
  let mac: string;

  const hover = async (uri: string, line: number, character: number): Promise<{ text: string; at: string } | null> => {
    const result = await session.client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: line - 1, character: character - 1 } });
    if (!result) return null;
    const contents = result.contents as { kind: string; value: string };
    assert.equal(contents.kind, 'markdown');
    return { text: contents.value, at: at(result.range!) };
  };

  beforeEach(async () => {
    session = new WorkspaceSession();
    await session.client.initialize();
    mac = await session.open('mentees/mac.plan.md');
  });

  afterEach(() => session.dispose());

  it('lists the five properties, kinds, status and open challenge questions of a goal', async () => {
    assert.deepEqual(await hover(mac, 29, 10), {
      at: '29:5-29:66',
      text: [
        '**Goal** · lattice, developmental · active',
        '',
        '- ✓ **Specific**: the "Success looks like" line names the result',
        '- ✓ **Linked to something larger**: it serves "Become a manager my team trusts"',
        '- ✓ **Reality-based**: it says what will be done ("delegate"), not a wish',
        '- ✓ **Future-oriented**: target date 2099-01-15',
        '- ✓ **A stretch**: the "Stretch" line says what is new',
        '',
        '5 of 5 properties met. 0 of 2 challenge questions still open.',
      ].join('\n'),
    });
  });

  it('says why each unmet property fails, and which the plan does not show yet, on a list-item goal', async () => {
    assert.deepEqual(await hover(mac, 47, 3), {
      at: '47:3-47:35',
      text: [
        '**Goal** · no kind given · active',
        '',
        '- ○ **Specific**: not shown yet: nothing in it names an observable result; a "Success looks like" line would',
        '- ✓ **Linked to something larger**: it serves "trusted manager"',
        '- ✓ **Reality-based**: it says what will be done ("keep"), not a wish',
        '- ✗ **Future-oriented**: the target date (2020-06-30) has passed and the goal is still open',
        '- ✗ **A stretch**: "keep" keeps things as they are and there is no "Stretch" line',
        '',
        '2 of 5 properties met. No challenge questions yet.',
      ].join('\n'),
    });
  });

  it('flags a wish and a missing date in another plan, while a talk at a conference is observable', async () => {
    const priya = await session.open('mentees/priya.plan.md');
    const result = await hover(priya, 21, 12);
    assert.deepEqual(result?.text.split('\n').filter((l) => l.startsWith('- ✗')), [
      '- ✗ **Reality-based**: "someday" makes it a wish',
      '- ✗ **Future-oriented**: it has no target date',
    ]);
  });

  it('explains a field by its label', async () => {
    assert.deepEqual(await hover(mac, 30, 5), {
      at: '30:3-30:19',
      text: '**Why this matters**: Links the goal to a larger aim: a purpose heading in this plan, or another file. A goal that serves nothing beyond itself is easy to drop.',
    });
    assert.deepEqual(await hover(mac, 32, 3), { at: '32:3-32:5', text: '**By**: The target date that gives the goal a horizon, such as 2027-01-15, 2027-01, Q1 2027 or January 2027.' });
  });

  it('shows the purpose a why-link points to, with its first paragraph', async () => {
    assert.deepEqual(await hover(mac, 30, 30), {
      at: '30:21-30:88',
      text: '**Become a manager my team trusts** · this plan\n\nMac wants his team to bring problems to him early, not after the fact.',
    });
  });

  it('reads a linked heading in a file that is not open from disk, decoding %20', async () => {
    assert.deepEqual(await hover(mac, 43, 30), {
      at: '43:21-43:88',
      text: '**Grow leaders from within** · ../team handbook/aims.md\n\nHalf of our next leads should come from inside the team, so people can see a path here.',
    });
  });

  it('prefers the unsaved text of an open file over the disk', async () => {
    const aims = await session.open('team handbook/aims.md');
    await session.client.change(aims, session.text('team handbook/aims.md').replace('Half of our next leads', 'Most of our next leads'));
    assert.equal((await hover(mac, 43, 30))?.text.split('\n\n')[1], 'Most of our next leads should come from inside the team, so people can see a path here.');
  });

  it('has nothing to say elsewhere, or in markdown files that are not plans', async () => {
    assert.equal(await hover(mac, 13, 5), null);
    const readme = await session.open('README.md');
    assert.equal(await hover(readme, 1, 5), null);
  });
});
