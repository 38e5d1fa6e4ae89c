// `mentoring-plans report` and `mentoring-plans agenda`: the caseload in each format and one plan's
// agenda, exactly, over the overview fixture workspace.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from './run-cli';

const FIXTURE = path.resolve(__dirname, '../fixtures/overview-workspace');
const EXPECTED = path.resolve(__dirname, '../fixtures/caseload-expected');
const expected = (name: string) => readFileSync(path.join(EXPECTED, name), 'utf8');
const TODAY = ['--today', '2026-12-04'];

describe('CLI report and agenda', () => {
  // A copy outside any git repository: the project's own history would date the goals.
  let WORKSPACE: string;
  before(() => {
    WORKSPACE = realpathSync(mkdtempSync(path.join(tmpdir(), 'mp-report-')));
    cpSync(FIXTURE, WORKSPACE, { recursive: true });
  });
  after(() => rmSync(WORKSPACE, { recursive: true, force: true }));

  for (const [format, file] of [['markdown', 'report.md'], ['json', 'report.json'], ['html', 'report.html']] as const) {
    it(`prints the caseload as ${format}`, () => {
      const result = runCli(['report', '--format', format, ...TODAY], WORKSPACE);
      assert.deepEqual(result, { code: 0, stdout: expected(file), stderr: '' });
    });
  }

  it('defaults to markdown and takes folders', () => {
    assert.equal(runCli(['report', 'mentees', ...TODAY], WORKSPACE).stdout, expected('report.md'));
  });

  it('writes HTML that references nothing outside itself', () => {
    const html = runCli(['report', '--format', 'html', ...TODAY], WORKSPACE).stdout;
    assert.deepEqual(html.match(/(?:https?:|\/\/|url\(|\b(?:src|href)=)/gi) ?? [], []);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">/);
    assert.equal((html.match(/<svg [^>]*\brole="img"/g) ?? []).length, 3);
    // Attributes that would fetch, link, run or style outside the nonce, in the charts as everywhere.
    assert.deepEqual(html.match(/\s(?:style|on\w+|xmlns(?::\w+)?|xlink:href|href|src)=/gi) ?? [], []);
  });

  it('judges reviews and dates against --today', () => {
    const report = JSON.parse(runCli(['report', '--format', 'json', '--today', '2027-02-01'], WORKSPACE).stdout) as { plans: { reviewOverdue: boolean; goals: { pastDue: boolean }[] }[] };
    assert.deepEqual(report.plans.map((p) => [p.reviewOverdue, p.goals.map((g) => g.pastDue)]), [[true, [false, true]], [false, [false, true]]]);
  });

  it('says which paths name nothing, and still reports the rest', () => {
    const result = runCli(['report', 'mentees', 'alumni', ...TODAY], WORKSPACE);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'mentoring-plans: alumni: No such file or folder.\n');
    assert.match(result.stdout, /^# Mentoring caseload\n\n2 plans · as of 2026-12-04\n/);
  });

  it('rejects a format it does not write', () => {
    assert.deepEqual(runCli(['report', '--format', 'sarif'], WORKSPACE), { code: 2, stdout: '', stderr: 'mentoring-plans: --format for report must be markdown, json, html, not "sarif". Run mentoring-plans --help for usage.\n' });
  });

  it("prints one plan's agenda", () => {
    assert.deepEqual(runCli(['agenda', 'mentees/kofi.plan.md', ...TODAY], WORKSPACE), { code: 0, stdout: expected('agenda-kofi.md'), stderr: '' });
  });

  it('refuses an agenda for a file that is not a plan, or for no file', () => {
    assert.deepEqual(runCli(['agenda', 'README.md', ...TODAY], WORKSPACE), {
      code: 2,
      stdout: '',
      stderr: 'mentoring-plans: README.md: This file is not a mentoring plan (no type: mentoring-plan front matter, and its name matches none of the plan globs).\n',
    });
    assert.deepEqual(runCli(['agenda', 'mentees/priya.plan.md'], WORKSPACE), { code: 2, stdout: '', stderr: 'mentoring-plans: mentees/priya.plan.md: Cannot read the file (ENOENT).\n' });
    assert.equal(runCli(['agenda'], WORKSPACE).stderr, 'mentoring-plans: agenda takes one PLAN, such as: mentoring-plans agenda mentees/priya.plan.md Run mentoring-plans --help for usage.\n');
  });

  it('dates each goal by its last commit when the plans are in a git repository', () => {
    const repo = realpathSync(mkdtempSync(path.join(tmpdir(), 'mp-report-git-')));
    try {
      cpSync(FIXTURE, repo, { recursive: true });
      const env = { ...process.env, GIT_AUTHOR_DATE: '2026-04-06T12:00:00Z', GIT_COMMITTER_DATE: '2026-04-06T12:00:00Z', GIT_AUTHOR_NAME: 'Ruth', GIT_AUTHOR_EMAIL: 'ruth@example.org', GIT_COMMITTER_NAME: 'Ruth', GIT_COMMITTER_EMAIL: 'ruth@example.org' };
      execFileSync('git', ['init', '-q'], { cwd: repo });
      execFileSync('git', ['add', 'mentees/kofi.plan.md', 'aims.md'], { cwd: repo, env });
      execFileSync('git', ['commit', '-q', '-m', 'Kofi'], { cwd: repo, env });
      const report = JSON.parse(runCli(['report', '--format', 'json', ...TODAY], repo).stdout) as { plans: { path: string; goals: { lastChanged?: string }[] }[] };
      // sara.mentoring.md is not committed: git knows nothing of it.
      assert.deepEqual(report.plans.map((p) => [p.path, p.goals.map((g) => g.lastChanged)]), [['mentees/kofi.plan.md', ['2026-04-06', '2026-04-06']], ['mentees/sara.mentoring.md', [undefined, undefined]]]);
      // Untouched since April: by December that is over six months.
      assert.match(runCli(['agenda', 'mentees/kofi.plan.md', ...TODAY], repo).stdout, /## Still serving the purpose\?\n\n- "Give a lightning talk at the regional developer meetup" has not changed since 2026-04-06: is it still serving the purpose\?\n/);
      assert.match(runCli(['report', ...TODAY], repo).stdout, /\| Goal \| Status \| Due \| Kinds \| Properties met \| Last changed \|\n\|---\|---\|---\|---\|---:\|---\|\n\| Give a lightning talk at the regional developer meetup \| active \| 2027-02-20 \| career \| 5 of 5 \| 2026-04-06 \|\n/);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
