// The CLI reads through the same gate as the editor: its workspace is the repository (or a `"root": true`
// config's folder, or the folder named), wherever it is run from; nothing outside it is read; named
// pipes are never opened; and one file that cannot be read, parsed or checked is that file's input
// error while every other file is still checked.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkFile } from '../../server/src/cli/check-file';
import type { CliConfigs } from '../../server/src/cli/configs';
import { copyFixture, runCli, summariseJson, type JsonReport } from './run-cli';

const TODAY = ['--today', '2026-11-23'];
const TRAP = path.resolve(__dirname, '../support/fs-trap.cjs');
const json = (stdout: string): JsonReport => JSON.parse(stdout) as JsonReport;
const whyLinks = (report: JsonReport): string[] => summariseJson(report).filter((s) => s.includes('why-link'));

describe('mentoring-plans check: the link boundary', () => {
  let dir: string;
  beforeEach(() => {
    dir = copyFixture('programme');
  });

  it('is the repository root, not the folder the command runs in', () => {
    mkdirSync(path.join(dir, '.git'));
    const fromRoot = runCli(['check', '-f', 'json', ...TODAY, 'team/priya.plan.md'], dir);
    assert.deepEqual(whyLinks(json(fromRoot.stdout)), ['team/priya.plan.md:36:21 broken-why-link']);
    const fromTeam = runCli(['check', '-f', 'json', ...TODAY, 'priya.plan.md'], path.join(dir, 'team'));
    const report = json(fromTeam.stdout);
    assert.deepEqual(whyLinks(report), ['priya.plan.md:36:21 broken-why-link']);
    assert.equal(report.files[0].findings.find((f) => f.ruleId === 'broken-why-link')?.message, 'The why-link points to "#long-term" in "../aims.md", but no such heading exists. Link to an existing purpose heading.');
  });

  it('is the folder of a config file that says "root": true', () => {
    const config = path.join(dir, '.mentoring-plans.json');
    writeFileSync(config, readFileSync(config, 'utf8').replace('{', '{\n  "root": true,'));
    assert.deepEqual(whyLinks(json(runCli(['check', '-f', 'json', ...TODAY, 'priya.plan.md'], path.join(dir, 'team')).stdout)), ['priya.plan.md:36:21 broken-why-link']);
  });

  it('is the folder named on the command line, outside any repository', () => {
    assert.deepEqual(whyLinks(json(runCli(['check', '-f', 'json', ...TODAY, '..'], path.join(dir, 'team')).stdout)).filter((s) => s.includes('priya')), ['priya.plan.md:36:21 broken-why-link']);
  });

  it('still ends at the repository: a link out of it is reported and never read', () => {
    const repo = path.join(dir, 'repo');
    const outside = path.join(dir, 'private');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    mkdirSync(path.join(repo, 'cohort'));
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'diary.md'), '# Diary\n\n## Long-term aim\n');
    symlinkSync(outside, path.join(repo, 'cohort', 'notes'));
    const plan = [
      '---',
      'type: mentoring-plan',
      '---',
      '# Plan: Tomás',
      '',
      '## Goals',
      '',
      '### Take the apprentices through the lathe safety check',
      '- Why this matters: [diary](../../private/diary.md#long-term-aim)',
      '',
      '### Sign off the workshop risk assessment with the foreman',
      '- Why this matters: [diary](notes/diary.md#long-term-aim)',
      '',
      '### Rewrite the tool-room checklist with the apprentices',
      `- Why this matters: [diary](file://${outside}/diary.md)`,
      '',
      '### Cut the scrap rate on the milling line to under one in fifty',
      '- Why this matters: [hosts](/etc/hostname)',
      '',
    ].join('\n');
    writeFileSync(path.join(repo, 'cohort', 'tomas.plan.md'), plan);
    const run = runCli(['check', '-f', 'json', ...TODAY, '--fail-on', 'none', 'tomas.plan.md'], path.join(repo, 'cohort'), { NODE_OPTIONS: `--require ${TRAP}`, MP_FORBIDDEN_DIR: outside });
    const report = json(run.stdout);
    assert.deepEqual(
      report.files[0].findings.filter((f) => f.ruleId === 'broken-why-link').map((f) => [f.line, f.message]),
      [
        [9, 'The why-link points to "../../private/diary.md", outside the workspace; it is not read. Link to a purpose inside the workspace.'],
        [12, 'The why-link points to "notes/diary.md", outside the workspace; it is not read. Link to a purpose inside the workspace.'],
        [15, `The why-link points to "${outside}/diary.md", outside the workspace; it is not read. Link to a purpose inside the workspace.`],
        [18, 'The why-link points to "/etc/hostname", outside the workspace; it is not read. Link to a purpose inside the workspace.'],
      ],
    );
    assert.equal(run.stderr, '');
    assert.equal(run.code, 0);
  });

  it('a plan that is a symlink to a file outside the repository is not read, and the rest are checked', () => {
    mkdirSync(path.join(dir, '.git'));
    const outside = copyFixture('inline');
    symlinkSync(path.join(outside, 'ola.plan.md'), path.join(dir, 'team', 'ola.plan.md'));
    const run = runCli(['check', '-f', 'json', ...TODAY, 'team'], dir);
    assert.equal(run.stderr, 'mentoring-plans: team/ola.plan.md: This is a symlink to a file outside the workspace (the repository); it was not read.\n');
    assert.deepEqual(json(run.stdout).files.map((f) => f.path), ['team/priya.plan.md']);
    assert.equal(run.code, 2);
  });
});

describe('mentoring-plans check: files that cannot be read or checked', () => {
  let dir: string;
  beforeEach(() => {
    dir = copyFixture('inline');
  });
  const others = ['ola.plan.md:36:5 no-horizon', 'ola.plan.md:48:40 invalid-front-matter', 'ola.plan.md:49:5 vague-goal'];

  it('a named pipe named like a plan is never opened: exit 2 and one line', function () {
    if (spawnSync('mkfifo', [path.join(dir, 'wait.plan.md')]).status !== 0) this.skip();
    const run = runCli(['check', '-f', 'json', ...TODAY, 'wait.plan.md', 'ola.plan.md'], dir);
    assert.equal(run.stderr, 'mentoring-plans: wait.plan.md: This is a named pipe, not a regular file; it was not read.\n');
    assert.deepEqual(summariseJson(json(run.stdout)), others);
    assert.equal(run.code, 2);
    // Walking the folder passes it by.
    assert.deepEqual(summariseJson(json(runCli(['check', '-f', 'json', ...TODAY], dir).stdout)), others);
  });

  it('front matter that expands without end, asks for code or nests without end is an invalid-front-matter finding; the rest are checked', () => {
    const goal = '\n# Plan\n\n## Goals\n\n### Cover the Tuesday evening shift at the food bank alone by June 2099\n- Why this matters: [Aims](#plan)\n';
    const laughs = ['lol: &a ["ha","ha","ha","ha","ha","ha","ha","ha","ha"]', ...'bcdefg'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`)].join('\n');
    writeFileSync(path.join(dir, 'laughs.plan.md'), `---\n${laughs}\n---${goal}`);
    writeFileSync(path.join(dir, 'code.plan.md'), `---\nmentee: !!js/function "function () { return 1 }"\n---${goal}`);
    writeFileSync(path.join(dir, 'deep.plan.md'), `---\nmentee: ${'['.repeat(20000)}${']'.repeat(20000)}\n---${goal}`);
    const run = runCli(['check', '-f', 'json', ...TODAY], dir);
    const findings = json(run.stdout).files.flatMap((f) => f.findings.filter((x) => x.ruleId === 'invalid-front-matter').map((x) => `${f.path}:${x.line} ${x.message}`));
    const wrap = (why: string) => `The front matter is not valid YAML (${why}). Fix it so the plan's details (mentee, next-review) can be read; the rest of the plan is still checked.`;
    assert.deepEqual(findings, [
      `code.plan.md:2 ${wrap('the tag !!js/function is not plain YAML; write the value without it')}`,
      `deep.plan.md:2 ${wrap('it is nested more than 64 levels deep')}`,
      `laughs.plan.md:2 ${wrap('its aliases (*name) expand into too many copies')}`,
      'ola.plan.md:48 "vague-gaol" is not a rule of Mentoring Plans, so this comment silences nothing. Did you mean "vague-goal"?',
    ]);
    assert.equal(run.stderr, 'Exit code 1: 4 errors (--fail-on error).\n');
  });

  it('a config file nested 100,000 deep or of 50 MB is one clear input error; the plans are still checked', () => {
    const config = path.join(dir, '.mentoring-plans.json');
    writeFileSync(config, `{ "rules": ${'['.repeat(100000)}${']'.repeat(100000)} }`);
    const deep = runCli(['check', '-f', 'json', ...TODAY], dir);
    assert.equal(deep.stderr, 'mentoring-plans: .mentoring-plans.json:1:43: Lists and objects are nested more than 32 levels deep here; a config file needs no more than four levels.\n');
    assert.deepEqual(summariseJson(json(deep.stdout)), others);
    assert.equal(deep.code, 2);
    writeFileSync(config, '');
    truncateSync(config, 50 * 1024 * 1024);
    const large = runCli(['check', '-f', 'json', ...TODAY], dir);
    assert.equal(large.stderr, 'mentoring-plans: .mentoring-plans.json:1:1: The file is 52,428,800 bytes; a config file over 1,048,576 bytes is not read.\n');
    assert.deepEqual(summariseJson(json(large.stdout)), others);
    assert.equal(large.code, 2);
  });

  it('a failure anywhere in checking one file is that file\'s input error, never the run\'s', () => {
    const failing = { for: () => { throw new RangeError('Maximum call stack size exceeded'); } } as unknown as CliConfigs;
    assert.deepEqual(checkFile(path.join(dir, 'ola.plan.md'), { cwd: dir, today: '2026-11-23' }, failing), {
      errors: [{ path: 'ola.plan.md', message: 'This file could not be checked (Maximum call stack size exceeded); the other files were.' }],
      links: [],
    });
  });
});
