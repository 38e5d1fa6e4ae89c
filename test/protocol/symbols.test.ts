import * as assert from 'node:assert/strict';
import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver-protocol';
import { at, EDITOR_CAPABILITIES, place, WorkspaceSession } from '../support/workspace-client';

/** A symbol tree as indented lines: "name [kind] detail range / selection". */
function outline(symbols: readonly DocumentSymbol[], indent = ''): string[] {
  return symbols.flatMap((s) => [
    `${indent}${s.name} [${s.kind}]${s.detail ? ` (${s.detail})` : ''} ${at(s.range)} / ${at(s.selectionRange)}`,
    ...outline(s.children ?? [], `${indent}  `),
  ]);
}

describe('symbols', () => {
  let session: WorkspaceSession;

  afterEach(() => session.dispose());

  describe('in an editor with hierarchical outlines', () => {
    beforeEach(async () => {
      session = new WorkspaceSession();
      await session.client.initialize();
    });

    it('outlines a plan: sections holding purposes, exploration banks, goals with kind, date and status, sessions', async () => {
      const mac = await session.open('mentees/mac.plan.md');
      const symbols = await session.client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: mac } });
      assert.deepEqual(outline(symbols), [
        'Purpose [3] 10:1-16:73 / 10:4-10:11',
        '  Become a manager my team trusts [11] 12:1-13:71 / 12:5-12:36',
        '  Get ready to lead the platform group [11] 15:1-16:73 / 15:5-15:41',
        'Exploration [3] 18:1-25:88 / 18:4-18:15',
        '  Identity [18] (1 of 2 answered) 20:1-22:29 / 20:5-20:13',
        '  Values [18] (1 of 1 answered) 24:1-25:88 / 24:5-24:11',
        'Goals [3] 27:1-50:19 / 27:4-27:9',
        '  Delegate the weekly status report to Priya by 15 January 2099 [5] (lattice, developmental · 2099-01-15 · active) 29:1-40:24 / 29:5-29:66',
        '  Get better at communication [5] (2099-03) 42:1-45:46 / 42:5-42:32',
        '  Keep running the Monday stand-up [5] (2020-06 · active) 47:1-50:19 / 47:3-47:35',
        'Sessions [3] 52:1-55:45 / 52:4-52:12',
        '  2026-11-02 First session [24] 54:1-55:45 / 54:5-54:29',
      ]);
    });

    it('outlines a plan whose sections use aliases', async () => {
      const priya = await session.open('mentees/priya.plan.md');
      const symbols = await session.client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: priya } });
      assert.deepEqual(outline(symbols), [
        'Aspirations [3] 8:1-11:74 / 8:4-8:15',
        '  Own the design of our public API [11] 10:1-11:74 / 10:5-10:37',
        'Goals [3] 13:1-23:15 / 13:4-13:9',
        '  Lead the API review for the billing service by Q2 2099 [5] (ladder · active) 15:1-19:17 / 15:5-15:59',
        '  Someday give a talk at a conference [5] (career) 21:1-23:15 / 21:5-21:40',
      ]);
    });

    it('leaves markdown files that are not plans to the editor', async () => {
      const readme = await session.open('README.md');
      assert.equal(await session.client.request('textDocument/documentSymbol', { textDocument: { uri: readme } }), null);
    });

    it('lists the goals and purposes of every plan, filtered by the query', async () => {
      const search = async (query: string) =>
        (await session.client.request<SymbolInformation[]>('workspace/symbol', { query })).map((s) => `${s.name} [${s.kind}] ${s.containerName} ${place(session, s.location)}`);
      assert.deepEqual(await search(''), [
        'Become a manager my team trusts [11] mentees/mac.plan.md mentees/mac.plan.md 12:1-12:36',
        'Get ready to lead the platform group [11] mentees/mac.plan.md mentees/mac.plan.md 15:1-15:41',
        'Delegate the weekly status report to Priya by 15 January 2099 [5] mentees/mac.plan.md mentees/mac.plan.md 29:5-29:66',
        'Get better at communication [5] mentees/mac.plan.md mentees/mac.plan.md 42:5-42:32',
        'Keep running the Monday stand-up [5] mentees/mac.plan.md mentees/mac.plan.md 47:3-47:35',
        'Own the design of our public API [11] mentees/priya.plan.md mentees/priya.plan.md 10:1-10:37',
        'Lead the API review for the billing service by Q2 2099 [5] mentees/priya.plan.md mentees/priya.plan.md 15:5-15:59',
        'Someday give a talk at a conference [5] mentees/priya.plan.md mentees/priya.plan.md 21:5-21:40',
      ]);
      assert.deepEqual(
        (await search('API')).map((s) => s.split(' [')[0]),
        ['Own the design of our public API', 'Lead the API review for the billing service by Q2 2099'],
      );
      assert.deepEqual((await search('report priya')).map((s) => s.split(' [')[0]), ['Delegate the weekly status report to Priya by 15 January 2099']);
      assert.deepEqual(await search('no such aim'), []);
    });
  });

  it('gives a flat list to editors without hierarchical outlines', async () => {
    session = new WorkspaceSession({ ...EDITOR_CAPABILITIES, textDocument: {} });
    await session.client.initialize();
    const priya = await session.open('mentees/priya.plan.md');
    const symbols = await session.client.request<SymbolInformation[]>('textDocument/documentSymbol', { textDocument: { uri: priya } });
    assert.deepEqual(
      symbols.map((s) => `${s.name} [${s.kind}] in ${s.containerName ?? '-'} ${at(s.location.range)}`),
      [
        'Aspirations [3] in - 8:1-11:74',
        'Own the design of our public API [11] in Aspirations 10:1-11:74',
        'Goals [3] in - 13:1-23:15',
        'Lead the API review for the billing service by Q2 2099 [5] in Goals 15:1-19:17',
        'Someday give a talk at a conference [5] in Goals 21:1-23:15',
      ],
    );
  });
});
