// The analysis cache and its schedule, through the whole service on a host in memory: one check per
// version, a check that a newer version overtook is dropped, and a plan is checked again when a file
// its why-links read changes.

import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPlanService, type DocumentSource, type PlanService } from '../../../server/src/service/plan-service';
import { MemoryHost } from '../../support/memory-host';

const WS = 'file:///home/sam/mentoring';
const PLAN_URI = `${WS}/priya.plan.md`;
const AIMS_URI = `${WS}/aims.md`;

const plan = (goal: string, link = 'aims.md#lead-the-platform-team'): string =>
  ['# Priya’s plan', '', '## Goals', '', `### ${goal}`, '', '- Kind: skill', '- Target date: 2026-09-30', `- Why this matters: [the team I want to lead](${link})`, ''].join('\n');

class Documents implements DocumentSource {
  private readonly docs = new Map<string, TextDocument>();
  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }
  all(): TextDocument[] {
    return [...this.docs.values()];
  }
  open(uri: string, text: string): TextDocument {
    const doc = TextDocument.create(uri, 'markdown', 1, text);
    this.docs.set(uri, doc);
    return doc;
  }
  edit(uri: string, text: string): void {
    const doc = this.docs.get(uri)!;
    TextDocument.update(doc, [{ text }], doc.version + 1);
  }
}

function pullService(host: MemoryHost, documents: Documents, refreshed: string[] = []): PlanService {
  return createPlanService(host, { documents, folders: [WS], settings: { pull: () => undefined }, refreshDiagnostics: () => void refreshed.push('refresh') });
}

/** The findings about why-links, which are what these tests change. */
const LINK_RULES = new Set(['broken-why-link', 'why-not-linked']);
const linkFindings = (diagnostics: readonly { code?: string | number; range: { start: { line: number } } }[]): string[] =>
  diagnostics.filter((d) => LINK_RULES.has(String(d.code))).map((d) => `${d.range.start.line}:${String(d.code)}`);
const codes = (service: PlanService, uri: string): Promise<string[]> => service.analyze(uri).then((a) => linkFindings(a?.diagnostics ?? []));

describe('service: analyses', () => {
  it('checks each version once', async () => {
    const host = new MemoryHost({ [AIMS_URI]: '# Aims\n\n## Lead the platform team\n' });
    const documents = new Documents();
    const service = pullService(host, documents);
    documents.open(PLAN_URI, plan('Run the on-call rota for the platform team by September'));
    const first = await service.analyze(PLAN_URI);
    assert.equal(await service.analyze(PLAN_URI), first);
    documents.edit(PLAN_URI, plan('Get better at things'));
    const second = await service.analyze(PLAN_URI);
    assert.notEqual(second, first);
    assert.equal(second?.version, 2);
  });

  it('drops a check a newer version overtook, and answers with the newer version', async () => {
    const host = new MemoryHost({ [AIMS_URI]: '# Aims\n\n## Lead the platform team\n' });
    const documents = new Documents();
    const service = pullService(host, documents);
    documents.open(PLAN_URI, plan('Run the on-call rota for the platform team by September', 'aims.md#no-such-aim'));
    // The first check waits for the linked file; the mentor types meanwhile.
    const release = host.hold(AIMS_URI);
    const pending = service.analyze(PLAN_URI);
    documents.edit(PLAN_URI, plan('Run the on-call rota for the platform team by September'));
    release();
    const analysis = await pending;
    assert.equal(analysis?.version, 2);
    assert.deepEqual(linkFindings(analysis?.diagnostics ?? []), []);
    assert.equal(analysis?.plan.text, plan('Run the on-call rota for the platform team by September'));
  });

  it('checks a plan again when a file its why-links read changes, and not when another file does', async () => {
    const host = new MemoryHost();
    const documents = new Documents();
    const refreshed: string[] = [];
    const service = pullService(host, documents, refreshed);
    documents.open(AIMS_URI, '# Aims\n\n## Grow as an engineer\n');
    service.didOpen(AIMS_URI);
    documents.open(PLAN_URI, plan('Run the on-call rota for the platform team by September'));
    service.didOpen(PLAN_URI);
    assert.deepEqual(await codes(service, PLAN_URI), ['8:broken-why-link']);
    refreshed.length = 0;

    documents.open(`${WS}/notes.md`, '# Notes\n');
    service.didOpen(`${WS}/notes.md`);
    assert.deepEqual(refreshed, [], 'a file the plan does not link to');

    documents.edit(AIMS_URI, '# Aims\n\n## Lead the platform team\n');
    service.didChange(AIMS_URI);
    assert.deepEqual(refreshed, ['refresh']);
    assert.deepEqual(await codes(service, PLAN_URI), []);
  });

  it('publishes in push mode only the diagnostics of the version still open', async () => {
    const host = new MemoryHost({ [AIMS_URI]: '# Aims\n\n## Lead the platform team\n' });
    const documents = new Documents();
    const published: string[] = [];
    let resolveDone!: () => void;
    const done = new Promise<void>((resolve) => (resolveDone = resolve));
    const service = createPlanService(host, {
      documents,
      folders: [WS],
      settings: { pull: () => undefined },
      publishDiagnostics: (uri, version, diagnostics) => {
        published.push(`${uri} v${version} ${linkFindings(diagnostics).join(',')}`);
        resolveDone();
      },
    });
    documents.open(PLAN_URI, plan('Run the on-call rota for the platform team by September', 'aims.md#nowhere'));
    service.didOpen(PLAN_URI);
    await done;
    assert.deepEqual(published, [`${PLAN_URI} v1 8:broken-why-link`]);
  });
});
