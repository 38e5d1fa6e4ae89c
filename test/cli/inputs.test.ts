// What check reads: standard input standing for a path, folders walked as git sees them
// (.gitignore, --no-ignore), files named that are not plans, and --print-config.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CLI, copyFixture, runCli, summariseJson, type CliResult, type JsonReport } from './run-cli';

const TODAY = ['--today', '2026-11-23'];

function withStdin(args: readonly string[], cwd: string, input: string): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', env: { PATH: process.env.PATH } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const plans = (result: CliResult): string[] => (JSON.parse(result.stdout) as JsonReport).files.map((f) => f.path);

describe('mentoring-plans check: inputs', () => {
  let dir: string;
  beforeEach(() => {
    dir = copyFixture('programme');
    mkdirSync(path.join(dir, '.git'));
  });

  it('--stdin with --stdin-filename: the path decides the config and the links, as for the file on disk', () => {
    const text = readFileSync(path.join(dir, 'team/priya.plan.md'), 'utf8');
    const fromDisk = runCli(['check', '-f', 'json', ...TODAY, 'team/priya.plan.md'], dir);
    const piped = withStdin(['check', '-f', 'json', ...TODAY, '--stdin', '--stdin-filename', 'team/priya.plan.md'], dir, text);
    assert.deepEqual(JSON.parse(piped.stdout), JSON.parse(fromDisk.stdout));
    assert.equal(piped.code, 1);
    // Under another folder, the team config (missing-replaces) and the ../aims.md link no longer apply.
    const elsewhere = withStdin(['check', '-f', 'json', ...TODAY, '--stdin', '--stdin-filename', 'priya.plan.md'], dir, text);
    assert.deepEqual(summariseJson(JSON.parse(elsewhere.stdout) as JsonReport), [
      'priya.plan.md:29:5 no-stretch',
      'priya.plan.md:30:21 broken-why-link',
      'priya.plan.md:35:5 vague-goal',
      'priya.plan.md:36:21 broken-why-link',
      'priya.plan.md:37:7 unreadable-date',
      'priya.plan.md:38:9 unknown-kind',
    ]);
  });

  it('--stdin without a name: a plan only by its front matter, shown as <stdin>', () => {
    const plan = '---\ntype: mentoring-plan\nmentee: Rosa\n---\n# Rosa\n\n## Goals\n\n### Run the Saturday bakery stall on my own\n- Why this matters: I want to open a shop one day\n- By: 2027-06\n';
    const result = withStdin(['check', '-f', 'json', ...TODAY, '--stdin'], dir, plan);
    assert.deepEqual(summariseJson(JSON.parse(result.stdout) as JsonReport), ['<stdin>:7:4 premature-goals', '<stdin>:10:21 why-not-linked']);
    assert.equal(result.code, 0);
    const notes = withStdin(['check', ...TODAY, '--stdin'], dir, '# Notes from Tuesday\n\nWe talked about the stall.\n');
    assert.deepEqual(notes, {
      code: 0,
      stdout: '0 plans checked: 1 markdown file looked at, none of them a plan. A plan matches the "files" globs\n(by default *.plan.md and *.mentoring.md) or says "type: mentoring-plan" in its front matter.\n',
      stderr: 'mentoring-plans: <stdin>: Not a plan, so not checked: no "files" glob matches it, and its front matter does not say "type: mentoring-plan".\n',
    });
  });

  for (const [args, message] of [
    [['check', '--stdin-filename', 'a.plan.md'], '--stdin-filename names the text read with --stdin; add --stdin.'],
    [['check', '--stdin', 'team'], '--stdin checks standard input only; leave out the paths, or name the file with --stdin-filename.'],
    [['check', '--print-config', 'amara.plan.md', 'team'], '--print-config takes one PATH and checks nothing; leave out the other paths.'],
  ] as const) {
    it(`usage error: ${args.join(' ')}`, () => {
      assert.deepEqual(runCli(args, dir), { code: 2, stdout: '', stderr: `mentoring-plans: ${message} Run mentoring-plans --help for usage.\n` });
    });
  }

  it('folders are walked as git sees them: .gitignore files at every level are honoured, --no-ignore turns them off', () => {
    writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n/notes/\n');
    writeFileSync(path.join(dir, 'team', '.gitignore'), '*.plan.md\n!priya.plan.md\n');
    writeFileSync(path.join(dir, 'team', 'old-tomasz.plan.md'), readFileSync(path.join(dir, 'team/priya.plan.md')));
    assert.deepEqual(plans(runCli(['check', '-f', 'json', ...TODAY], dir)), ['amara.plan.md', 'team/priya.plan.md']);
    assert.deepEqual(plans(runCli(['check', '-f', 'json', ...TODAY, 'team'], dir)), ['team/priya.plan.md']);
    assert.deepEqual(plans(runCli(['check', '-f', 'json', ...TODAY, '**/*.md'], dir)), ['amara.plan.md', 'team/priya.plan.md']);
    assert.deepEqual(plans(runCli(['check', '-f', 'json', ...TODAY, '--no-ignore'], dir)), ['amara.plan.md', 'notes/dee-goals.md', 'team/old-tomasz.plan.md', 'team/priya.plan.md']);
    // A folder or a file named on the command line is checked whatever .gitignore says.
    assert.deepEqual(plans(runCli(['check', '-f', 'json', ...TODAY, 'notes'], dir)), ['notes/dee-goals.md']);
    assert.deepEqual(plans(runCli(['check', '-f', 'json', ...TODAY, 'team/old-tomasz.plan.md'], dir)), ['team/old-tomasz.plan.md']);
  });

  it('a file named that is not a plan, or is ignored by the config, gets one line saying so; found in a folder, it is skipped silently', () => {
    const named = runCli(['check', ...TODAY, 'drafts/half-written.plan.md', 'notes/meeting-notes.md', 'amara.plan.md', '--fail-on', 'none'], dir);
    assert.equal(
      named.stderr,
      'mentoring-plans: drafts/half-written.plan.md: Not checked: the "ignore" globs of the configuration match it.\n' +
        'mentoring-plans: notes/meeting-notes.md: Not a plan, so not checked: no "files" glob matches it, and its front matter does not say "type: mentoring-plan".\n',
    );
    assert.equal(named.code, 0);
    assert.equal(runCli(['check', ...TODAY, 'drafts', 'notes'], dir).stderr, '');
    assert.equal(runCli(['check', ...TODAY, '--quiet', 'notes/meeting-notes.md'], dir).stderr, '');
  });

  it('--print-config PATH prints the merged configuration for that file, every rule spelt out', () => {
    const { code, stdout, stderr } = runCli(['check', '--print-config', 'team/priya.plan.md'], dir);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout), {
      matchedAs: 'team/priya.plan.md',
      files: ['**/*.plan.md', '**/*.mentoring.md'],
      ignore: ['drafts/**'],
      rules: {
        'vague-goal': 'warning',
        'symptom-goal': 'information',
        'missing-why': 'warning',
        'why-not-linked': 'warning',
        'broken-why-link': 'error',
        'wish-goal': 'warning',
        'no-horizon': 'error',
        'past-due': 'warning',
        'review-overdue': 'information',
        'no-stretch': 'information',
        'borrowed-goal': 'information',
        'compound-goal': 'information',
        'missing-replaces': 'warning',
        'premature-goals': 'information',
        'unknown-kind': 'warning',
        'duplicate-goal': 'warning',
        'open-question': 'hint',
        'unreadable-date': 'warning',
        'invalid-front-matter': 'error',
      },
      phrases: { vague: { add: ['show up'], remove: [] } },
    });
    const top = JSON.parse(runCli(['check', '--print-config', 'amara.plan.md'], dir).stdout) as { rules: Record<string, string> };
    assert.equal(top.rules['missing-replaces'], 'off');
    assert.deepEqual(runCli(['check', '--print-config', 'amara.plan.md', '-c', 'missing.json'], dir), {
      code: 2,
      stdout: '',
      stderr: 'mentoring-plans: missing.json: The config file named with --config does not exist; nothing was checked.\n',
    });
  });
});
