// Documents, links and the workspace index are keyed by URI: a plan not yet saved (untitled:) links to
// the workspace's files from its first folder, and hover, definition, references, rename and code
// lens work across it; clients that spell a URI differently still name the same file.

import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { uriKey } from '../../../server/src/core/uris';
import { codeLenses } from '../../../server/src/features/code-lens';
import { definition } from '../../../server/src/features/definition';
import { hover } from '../../../server/src/features/hover';
import { references } from '../../../server/src/features/references';
import { rename } from '../../../server/src/features/rename';
import { createPlanService, type PlanService } from '../../../server/src/service/plan-service';
import { MemoryHost } from '../../support/memory-host';

const WS = 'vscode-vfs://github/mentoring-guild/plans';
const AIMS = `${WS}/programme%20aims.md`;
const DRAFT = 'untitled:Untitled-1';

const AIMS_TEXT = ['---', 'type: mentoring-plan', '---', '# Guild programme', '', '## Purpose', '', '### Grow confident reviewers', '', 'Mentees review code kindly and well.', ''].join('\n');
const DRAFT_TEXT = [
  '---',
  'type: mentoring-plan',
  '---',
  '# Joon’s plan',
  '',
  '## Goals',
  '',
  '### Review two pull requests a week for the payments team by June 2026',
  '',
  '- Why this matters: [the guild’s aim](programme%20aims.md#grow-confident-reviewers)',
  '',
].join('\n');

function start(): { service: PlanService; host: MemoryHost } {
  const host = new MemoryHost({ [AIMS]: AIMS_TEXT });
  // Requests come from documents open in the editor: the unsaved plan, and the aims beside it.
  const open = new Map([DRAFT, AIMS].map((uri) => [uri, TextDocument.create(uri, 'markdown', 1, uri === DRAFT ? DRAFT_TEXT : AIMS_TEXT)]));
  const documents = { get: (uri: string) => open.get(uri), all: () => [...open.values()] };
  const service = createPlanService(host, { documents, folders: [WS], settings: { pull: () => undefined }, refreshDiagnostics: () => undefined });
  for (const uri of open.keys()) service.didOpen(uri);
  service.start();
  return { service, host };
}

const LINK = { line: 9, character: 25 };
const PURPOSE_HEADING = { line: 7, character: 6 };

describe('service: documents, links and the index by URI', () => {
  it('spells one file one way, whatever the client wrote', () => {
    assert.equal(uriKey('file:///home/ana/My%20Plans/%5Bdraft%5D.md'), 'file:///home/ana/My%20Plans/[draft].md');
    assert.equal(uriKey('file:///home/ana/My Plans/./team/../[draft].md'), 'file:///home/ana/My%20Plans/[draft].md');
    assert.equal(uriKey(DRAFT), DRAFT);
  });

  it('follows a link of an unsaved plan from the first workspace folder: hover and definition', async () => {
    const { service } = start();
    const answer = await hover(service, { textDocument: { uri: DRAFT }, position: LINK });
    assert.match(JSON.stringify(answer?.contents), /Grow confident reviewers/);
    assert.deepEqual(await definition(service, { textDocument: { uri: DRAFT }, position: LINK }), {
      uri: AIMS,
      range: { start: { line: 7, character: 0 }, end: { line: 7, character: 28 } },
    });
  });

  it('finds the unsaved plan’s goal among the references to a purpose, counts it in the code lens, and renames its link', async () => {
    const { service } = start();
    const aims = { uri: AIMS };
    assert.deepEqual(await references(service, { textDocument: aims, position: PURPOSE_HEADING, context: { includeDeclaration: false } }), [
      { uri: DRAFT, range: { start: { line: 9, character: 20 }, end: { line: 9, character: 83 } } },
    ]);
    const lenses = await codeLenses(service, AIMS);
    assert.deepEqual(lenses?.[0].command?.title, 'linked by 1 goal');
    const edit = await rename(service, { textDocument: aims, position: PURPOSE_HEADING, newName: 'Grow kind reviewers' });
    assert.deepEqual(edit?.changes?.[DRAFT], [{ range: { start: { line: 9, character: 58 }, end: { line: 9, character: 82 } }, newText: 'grow-kind-reviewers' }]);
  });
});
