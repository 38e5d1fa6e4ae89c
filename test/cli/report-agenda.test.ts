// `mentoring-plans report` and `mentoring-plans agenda`: the caseload in each format and one plan's
// agenda, exactly, over the overview fixture workspace.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCli } from './run-cli';

const WORKSPACE = path.resolve(__dirname, '../fixtures/overview-workspace');
const EXPECTED = path.resolve(__dirname, '../fixtures/caseload-expected');
const expected = (name: string) => readFileSync(path.join(EXPECTED, name), 'utf8');
const TODAY = ['--today', '2026-12-04'];

describe('CLI report and agenda', () => {
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
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.equal((html.match(/<svg role="img"/g) ?? []).length, 3);
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
});
