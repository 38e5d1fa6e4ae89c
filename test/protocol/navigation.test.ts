import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Location, Range, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyEdits, at, place, WorkspaceSession } from '../support/workspace-client';

describe('navigation across plans', () => {
  let session: WorkspaceSession;
  let mac: string;

  const position = (line: number, character: number) => ({ line: line - 1, character: character - 1 });
  const definition = async (uri: string, line: number, character: number) => {
    const l = await session.client.request<Location | null>('textDocument/definition', { textDocument: { uri }, position: position(line, character) });
    return l && place(session, l);
  };
  const references = async (uri: string, line: number, character: number, includeDeclaration = false) => {
    const ls = await session.client.request<Location[] | null>('textDocument/references', { textDocument: { uri }, position: position(line, character), context: { includeDeclaration } });
    return ls?.map((l) => place(session, l));
  };
  const rename = (uri: string, line: number, character: number, newName: string) =>
    session.client.request<WorkspaceEdit | null>('textDocument/rename', { textDocument: { uri }, position: position(line, character), newName });
  /** The workspace's texts after the edit, for the files it touches. */
  const applied = (edit: WorkspaceEdit | null): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [uri, edits] of Object.entries(edit?.changes ?? {})) {
      const relative = session.relative(uri);
      out[relative] = applyEdits(session.text(relative), edits);
    }
    return out;
  };

  beforeEach(async () => {
    session = new WorkspaceSession();
  });

  afterEach(() => session.dispose());

  describe('with the fixture workspace', () => {
    beforeEach(async () => {
      await session.client.initialize();
      mac = await session.open('mentees/mac.plan.md');
    });

    it('goes from a why-link to the purpose heading in the same plan', async () => {
      assert.equal(await definition(mac, 30, 40), 'mentees/mac.plan.md 12:1-12:36');
      assert.equal(await definition(mac, 48, 30), 'mentees/mac.plan.md 12:1-12:36');
    });

    it('goes from a why-link to a heading in another file that is not open', async () => {
      assert.equal(await definition(mac, 43, 30), 'team handbook/aims.md 5:1-5:28');
    });

    it('has no definition off a link', async () => {
      assert.equal(await definition(mac, 31, 30), null);
    });

    it('finds every goal linking to a purpose, with the heading when asked', async () => {
      assert.deepEqual(await references(mac, 12, 8, true), ['mentees/mac.plan.md 12:1-12:36', 'mentees/mac.plan.md 30:21-30:88', 'mentees/mac.plan.md 48:23-48:74']);
      assert.deepEqual(await references(mac, 15, 8), []);
    });

    it('finds goals in every plan of the workspace that link to a shared aim', async () => {
      const aims = await session.open('team handbook/aims.md');
      assert.deepEqual(await references(aims, 5, 10), ['mentees/mac.plan.md 43:21-43:88', 'mentees/priya.plan.md 22:21-22:100']);
    });

    it('prepares a rename of purposes and linked headings only', async () => {
      const prepare = (uri: string, line: number, character: number) =>
        session.client.request<{ range: Range; placeholder: string } | null>('textDocument/prepareRename', { textDocument: { uri }, position: position(line, character) });
      const purpose = await prepare(mac, 12, 10);
      assert.deepEqual(purpose && { at: at(purpose.range), placeholder: purpose.placeholder }, { at: '12:5-12:36', placeholder: 'Become a manager my team trusts' });
      assert.equal(await prepare(mac, 9, 5), null, 'the title is not a purpose');
      assert.equal(await prepare(mac, 29, 10), null, 'a goal is not a purpose');
      const aims = await session.open('team handbook/aims.md');
      const aim = await prepare(aims, 5, 4);
      assert.deepEqual(aim && at(aim.range), '5:4-5:28');
      assert.equal(await prepare(aims, 9, 4), null, 'no goal links to this aim');
    });

    it('renames a purpose and every link to it in the plan', async () => {
      const original = session.text('mentees/mac.plan.md');
      assert.deepEqual(applied(await rename(mac, 12, 10, 'Be a manager people trust')), {
        'mentees/mac.plan.md': original
          .replace('### Become a manager my team trusts', '### Be a manager people trust')
          .replaceAll('(#become-a-manager-my-team-trusts)', '(#be-a-manager-people-trust)'),
      });
    });

    it('renames a shared aim and the links to it in plans that are not open', async () => {
      const aims = await session.open('team handbook/aims.md');
      assert.deepEqual(applied(await rename(aims, 5, 10, 'Grow our own leads')), {
        'team handbook/aims.md': session.text('team handbook/aims.md').replace('## Grow leaders from within', '## Grow our own leads'),
        'mentees/mac.plan.md': session.text('mentees/mac.plan.md').replace('aims.md#grow-leaders-from-within)', 'aims.md#grow-our-own-leads)'),
        'mentees/priya.plan.md': session.text('mentees/priya.plan.md').replace('aims.md#grow-leaders-from-within)', 'aims.md#grow-our-own-leads)'),
      });
    });

    it('numbers the new slug as GitHub does when the name is taken', async () => {
      const edit = await rename(mac, 15, 10, 'Become a manager my team trusts');
      assert.deepEqual(edit?.changes, { [mac]: [{ range: { start: { line: 14, character: 4 }, end: { line: 14, character: 40 } }, newText: 'Become a manager my team trusts' }] });
      const first = await rename(mac, 12, 10, 'Get ready to lead the platform group');
      assert.deepEqual(Object.values(first?.changes ?? {})[0].map((e) => e.newText), ['Get ready to lead the platform group', 'get-ready-to-lead-the-platform-group', 'get-ready-to-lead-the-platform-group']);
    });

    it('renames through the definition of a reference-style link, once for all its uses', async () => {
      const priya = await session.open('mentees/priya.plan.md');
      const text = session
        .text('mentees/priya.plan.md')
        .replace('[Own the API](#own-the-design-of-our-public-api)', '[Own the API][api]')
        .concat('\n### Write the API style guide by 2099-06\n- Why this matters: [the API][api]\n\n[api]: #own-the-design-of-our-public-api\n');
      await session.client.change(priya, text);
      const edit = await rename(priya, 10, 8, 'Shape our public API');
      assert.equal(applyEdits(text, edit?.changes?.[priya] ?? []), text.replace('### Own the design of our public API', '### Shape our public API').replace('[api]: #own-the-design-of-our-public-api', '[api]: #shape-our-public-api'));
    });

    it('follows unsaved edits of open plans', async () => {
      const priya = await session.open('mentees/priya.plan.md');
      await session.client.change(priya, session.text('mentees/priya.plan.md').replace('[Grow leaders from within](../team%20handbook/aims.md#grow-leaders-from-within)', 'speaking is how leads get noticed'));
      const aims = await session.open('team handbook/aims.md');
      assert.deepEqual(await references(aims, 5, 10), ['mentees/mac.plan.md 43:21-43:88']);
      await session.client.close(priya);
      assert.deepEqual(await references(aims, 5, 10), ['mentees/mac.plan.md 43:21-43:88', 'mentees/priya.plan.md 22:21-22:100'], 'closed without saving: the disk counts again');
    });
  });

  it('indexes plans that appear or go on disk, and skips node_modules and .git', async () => {
    const registrations: unknown[] = [];
    session.client.connection.onRequest('client/registerCapability', (params: { registrations: unknown[] }) => {
      registrations.push(...params.registrations);
      return null;
    });
    const sam = `---\ntype: mentoring-plan\nmentee: Sam\n---\n# Sam\n\n## Goals\n\n### Run the on-call retro for March by 2099-04-01\n- Why this matters: [Leaders](../team%20handbook/aims.md#grow-leaders-from-within)\n`;
    for (const hidden of ['node_modules/old-kit', '.git/info']) {
      mkdirSync(path.join(session.root, hidden), { recursive: true });
      writeFileSync(path.join(session.root, hidden, 'copy.plan.md'), sam.replace('../team%20handbook', '../../team%20handbook'));
    }
    await session.client.initialize();
    const aims = await session.open('team handbook/aims.md');
    assert.deepEqual(await references(aims, 5, 10), ['mentees/mac.plan.md 43:21-43:88', 'mentees/priya.plan.md 22:21-22:100']);
    assert.deepEqual(
      registrations.map((r) => (r as { method: string; registerOptions: unknown }).method === 'workspace/didChangeWatchedFiles' && (r as { registerOptions: unknown }).registerOptions).filter(Boolean),
      [{ watchers: [{ globPattern: '**/*.md' }, { globPattern: '**/*', kind: 4 }] }],
    );

    writeFileSync(path.join(session.root, 'mentees/sam.plan.md'), sam);
    await session.client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: session.uri('mentees/sam.plan.md'), type: 1 }] });
    assert.deepEqual(await references(aims, 5, 10), ['mentees/mac.plan.md 43:21-43:88', 'mentees/priya.plan.md 22:21-22:100', 'mentees/sam.plan.md 10:21-10:83']);

    writeFileSync(path.join(session.root, 'mentees/sam.plan.md'), sam.replace('### Run', '\n### Run'));
    await session.client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: session.uri('mentees/sam.plan.md'), type: 2 }] });
    assert.deepEqual((await references(aims, 5, 10))?.[2], 'mentees/sam.plan.md 11:21-11:83');

    rmSync(path.join(session.root, 'mentees/sam.plan.md'));
    await session.client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: session.uri('mentees/sam.plan.md'), type: 3 }] });
    assert.deepEqual(await references(aims, 5, 10), ['mentees/mac.plan.md 43:21-43:88', 'mentees/priya.plan.md 22:21-22:100']);
  });
});
