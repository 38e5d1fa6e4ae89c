// Nothing outside the workspace is read, by any request: why-links written as paths that leave it
// (relative, absolute, percent-encoded, file: URIs, through a symlinked folder or file) get their
// diagnostic, a hover that says why instead of the file's text, and no definition. Named pipes are
// never opened, a 200 MB linked file is never read, and config files of any size or shape answer.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover, Location, Position, SymbolInformation } from 'vscode-languageserver-protocol';
import { TestClient } from '../support/lsp-client';

const TRAP = path.resolve(__dirname, '../support/fs-trap.cjs');
const AIMS = readFileSync(path.resolve(__dirname, '../fixtures/protocol/aims.md'), 'utf8');

/** One goal per kind of link; the statement says what the link does, the why line carries it. */
function planText(privateDir: string): { text: string; links: Record<string, string> } {
  const links: Record<string, string> = {
    inside: 'aims.md#long-term-aim',
    relative: '../private/diary.md#long-term-aim',
    absolute: `${privateDir}/diary.md`,
    encoded: '%2e%2e/private/diary.md',
    symlinkedFolder: 'etc/diary.md#long-term-aim',
    symlinkedFile: 'shared.md',
    fileUri: `${pathToFileURL(privateDir).href}/diary.md`,
    hostname: 'file:///etc/hostname',
    passwd: '../../../../../../../../etc/passwd',
    pipe: 'wait.md',
    huge: 'zeros.md',
  };
  const goals = [
    ['Train two new volunteers on the intake desk by March', 'inside'],
    ['Publish the Saturday rota a month ahead for the spring term', 'relative'],
    ['Hand the key-holder list to the new deputy', 'absolute'],
    ['Run the first-aid refresher for the whole team', 'encoded'],
    ['Agree cover for the two bank-holiday clinics', 'symlinkedFolder'],
    ['Write the lost-property procedure with the caretaker', 'symlinkedFile'],
    ['Set up the text reminder for Saturday volunteers', 'fileUri'],
    ['Replace the paper sign-in sheet with the tablet form', 'hostname'],
    ['Close the clinic on time four Saturdays in a row', 'passwd'],
    ['Chair the volunteers meeting in May', 'pipe'],
    ['Order the winter stock of flu leaflets', 'huge'],
  ];
  const text = [
    '---',
    'type: mentoring-plan',
    'mentee: Rosa',
    'mentor: Kwame',
    'started: 2026-09-01',
    'next-review: 2099-02-01',
    '---',
    '# Mentoring plan: Rosa',
    '',
    '## Goals',
    '',
    ...goals.flatMap(([statement, key]) => [`### ${statement}`, `- Why this matters: [the clinic's aim](${links[key]})`, '- By: 2099-06-30', '']),
  ].join('\n');
  return { text, links };
}

describe('the read gate: nothing outside the workspace is read', () => {
  let base: string;
  let workspace: string;
  let privateDir: string;
  let client: TestClient;
  let text: string;
  let links: Record<string, string>;
  let uri: string;

  before(async function () {
    base = realpathSync(mkdtempSync(path.join(tmpdir(), 'mp-gate-')));
    workspace = path.join(base, 'workspace');
    privateDir = path.join(base, 'private');
    mkdirSync(workspace);
    mkdirSync(privateDir);
    writeFileSync(path.join(workspace, 'aims.md'), AIMS);
    writeFileSync(path.join(privateDir, 'diary.md'), '# Diary\n\n## Long-term aim\nLeave the clinic by summer and tell nobody yet.\n');
    writeFileSync(path.join(privateDir, 'other.plan.md'), '---\ntype: mentoring-plan\n---\n# Someone else\n\n## Goals\n\n### Quietly apply for the regional manager post\n');
    symlinkSync(privateDir, path.join(workspace, 'etc'));
    symlinkSync(path.join(privateDir, 'diary.md'), path.join(workspace, 'shared.md'));
    symlinkSync(path.join(privateDir, 'other.plan.md'), path.join(workspace, 'borrowed.plan.md'));
    if (spawnSync('mkfifo', [path.join(workspace, 'wait.md')]).status !== 0) this.skip();
    spawnSync('mkfifo', [path.join(workspace, 'wait.plan.md')]);
    truncateSync(writeAndReturn(path.join(workspace, 'zeros.md')), 200 * 1024 * 1024);
    ({ text, links } = planText(privateDir));
    uri = pathToFileURL(path.join(workspace, 'rosa.plan.md')).href;
    client = new TestClient({ rootPath: workspace, nodeArgs: ['--require', TRAP], env: { MP_FORBIDDEN_DIR: privateDir } });
    await client.initialize();
    await client.open(uri, text);
  });
  after(async () => {
    await client?.shutdown();
    rmSync(base, { recursive: true, force: true });
  });

  const writeAndReturn = (file: string): string => {
    writeFileSync(file, '');
    return file;
  };
  /** The position just inside the link of the goal whose why line links to `key`'s target. */
  const linkAt = (key: string): Position => {
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes(`](${links[key]})`));
    return { line, character: lines[line].indexOf('[') + 1 };
  };
  const hover = async (position: Position): Promise<string | undefined> => {
    const answer = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
    return answer ? (answer.contents as { value: string }).value : undefined;
  };
  const outside = (shown: string) => `The why-link points to "${shown}", outside the workspace; it is not read. Link to a purpose inside the workspace.`;

  it('reports every link that leads out, however it is written, and the named pipe, and nothing else', async () => {
    const broken = (await client.diagnosticsFor(uri, 1)).filter((d) => d.code === 'broken-why-link' || d.code === 'why-not-linked');
    assert.deepEqual(
      broken.map((d) => [d.range.start.line, d.message]),
      [
        [linkAt('relative').line, outside('../private/diary.md')],
        [linkAt('absolute').line, outside(`${privateDir}/diary.md`)],
        [linkAt('encoded').line, outside('../private/diary.md')],
        [linkAt('symlinkedFolder').line, outside('etc/diary.md')],
        [linkAt('symlinkedFile').line, outside('shared.md')],
        [linkAt('fileUri').line, outside(`${privateDir}/diary.md`)],
        [linkAt('hostname').line, outside('/etc/hostname')],
        [linkAt('passwd').line, outside('../../../../../../../../etc/passwd')],
        [linkAt('pipe').line, 'The why-link points to "wait.md", which is a named pipe, not a regular file; it is not read. Link to a purpose in a markdown file.'],
      ],
    );
  });

  it('hovers say why a link is not read, instead of showing the file', async () => {
    const rel = (file: string) => path.relative(workspace, file);
    assert.equal(await hover(linkAt('inside')), '**Long-term aim** · aims.md\n\nLead a team of my own.');
    assert.equal(await hover(linkAt('relative')), '**../private/diary.md** is outside the workspace; it is not read.');
    assert.equal(await hover(linkAt('absolute')), '**../private/diary.md** is outside the workspace; it is not read.');
    assert.equal(await hover(linkAt('encoded')), '**../private/diary.md** is outside the workspace; it is not read.');
    assert.equal(await hover(linkAt('symlinkedFolder')), '**etc/diary.md** is outside the workspace; it is not read.');
    assert.equal(await hover(linkAt('symlinkedFile')), '**shared.md** is outside the workspace; it is not read.');
    assert.equal(await hover(linkAt('fileUri')), '**../private/diary.md** is outside the workspace; it is not read.');
    assert.equal(await hover(linkAt('hostname')), `**${rel('/etc/hostname')}** is outside the workspace; it is not read.`);
    assert.equal(await hover(linkAt('passwd')), `**${rel('/etc/passwd')}** is outside the workspace; it is not read.`);
    assert.equal(await hover(linkAt('pipe')), '**wait.md** is a named pipe, not a regular file; it is not read.');
  });

  it('a 200 MB linked file is never read: the hover says so and the server stays small', async () => {
    assert.equal(await hover(linkAt('huge')), '**zeros.md** is 209,715,200 bytes, over the limit of 4,194,304 bytes; it is not read.');
    assert.doesNotThrow(() => process.kill(client.pid!, 0));
    const status = `/proc/${client.pid}/status`;
    // Reading the file would take the server past 200 MB at once; its peak stays well below.
    const peak = /VmHWM:\s+(\d+) kB/.exec(spawnSync('cat', [status], { encoding: 'utf8' }).stdout ?? '');
    if (peak) assert.ok(Number(peak[1]) < 150 * 1024, `peak memory ${peak[1]} kB`);
  });

  it('definition opens only the link that stays inside', async () => {
    const definition = (position: Position) => client.request<Location | null>('textDocument/definition', { textDocument: { uri }, position });
    assert.deepEqual(await definition(linkAt('inside')), { uri: pathToFileURL(path.join(workspace, 'aims.md')).href, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 16 } } });
    for (const key of ['relative', 'absolute', 'encoded', 'symlinkedFolder', 'symlinkedFile', 'fileUri', 'hostname', 'passwd', 'pipe']) {
      assert.equal(await definition(linkAt(key)), null, key);
    }
  });

  it('a file: URI out of the workspace does not make a goal linked to something larger', async () => {
    const goal = await hover({ line: linkAt('hostname').line - 1, character: 6 });
    assert.match(goal ?? '', /✗ \*\*Linked to something larger\*\*: the link to file:\/\/\/etc\/hostname leads nowhere/);
  });

  it('a plan that is a symlink to a file outside is not indexed, and no file outside was touched', async () => {
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'regional manager' });
    assert.deepEqual(symbols, []);
    assert.doesNotMatch(client.stderr.join(''), /FS-ACCESS/);
  });

  it('ends on exit, with named pipes in the workspace', async () => {
    await client.request('shutdown', null);
    await client.notify('exit', null);
    assert.equal(await client.exited(), 0);
  });
});

describe('config files of any size or shape answer with a diagnostic on the file', () => {
  let root: string;
  let client: TestClient;
  before(async () => {
    root = realpathSync(mkdtempSync(path.join(tmpdir(), 'mp-gate-config-')));
    client = new TestClient({ rootPath: root });
    await client.initialize();
  });
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });
  const plan = '---\ntype: mentoring-plan\n---\n# Plan: Idris\n\n## Goals\n\n### Lead the Thursday stand-up for a month\n- Why this matters: [Aims](aims.md)\n';

  it('a config file open in the editor with lists nested 100,000 deep', async () => {
    const config = pathToFileURL(path.join(root, '.mentoring-plans.json')).href;
    await client.open(config, `{ "files": ${'['.repeat(100000)}${']'.repeat(100000)} }`, 'jsonc');
    assert.deepEqual((await client.diagnosticsFor(config, 1)).map((d) => [d.range.start, d.message]), [
      [{ line: 0, character: 42 }, 'Lists and objects are nested more than 32 levels deep here; a config file needs no more than four levels.'],
    ]);
    await client.close(config);
  });

  it('a 50 MB config file on disk', async () => {
    const dir = path.join(root, 'cohort');
    mkdirSync(dir);
    writeFileSync(path.join(dir, '.mentoring-plans.json'), '');
    truncateSync(path.join(dir, '.mentoring-plans.json'), 50 * 1024 * 1024);
    const planUri = pathToFileURL(path.join(dir, 'idris.plan.md')).href;
    await client.open(planUri, plan);
    await client.diagnosticsFor(planUri, 1);
    const config = pathToFileURL(path.join(dir, '.mentoring-plans.json')).href;
    assert.deepEqual((await client.diagnostics(config)).map((d) => d.message), ['The file is 52,428,800 bytes; a config file over 1,048,576 bytes is not read.']);
  });
});
