// Exit codes and the options that decide them: --fail-on, --max-warnings, --quiet, --today, usage errors.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FIXTURES, runCli, summariseJson, type JsonReport } from './run-cli';

const PROGRAMME = path.join(FIXTURES, 'programme');
const TODAY = ['--today', '2026-11-23'];
const json = (args: string[]): { code: number | null; report: JsonReport } => {
  const { code, stdout } = runCli(['check', '-f', 'json', ...TODAY, ...args], PROGRAMME);
  return { code, report: JSON.parse(stdout) as JsonReport };
};

describe('mentoring-plans check: exit codes', () => {
  it('0 when nothing reaches --fail-on, even with findings below it', () => {
    const { code, report } = json(['notes', '--fail-on', 'error']);
    assert.deepEqual(report.summary, { plans: 1, errors: 0, warnings: 2, information: 1, hints: 0, inputErrors: 0 });
    assert.equal(code, 0);
  });

  it('0 when the paths hold no plan at all', () => {
    const { code, stdout } = runCli(['check', 'notes/meeting-notes.md', 'aims.md', ...TODAY], PROGRAMME);
    assert.equal(stdout, '0 plans checked, no findings.\n');
    assert.equal(code, 0);
  });

  it('1 on warnings by default, and on information with --fail-on information', () => {
    assert.equal(json(['notes']).code, 1);
    assert.equal(json(['notes', '--fail-on', 'information']).code, 1);
    assert.equal(json(['notes', '--fail-on', 'none']).code, 0);
  });

  it('1 when warnings exceed --max-warnings, whatever --fail-on says', () => {
    assert.equal(json(['notes', '--fail-on', 'error', '--max-warnings', '2']).code, 0);
    assert.equal(json(['notes', '--fail-on', 'error', '--max-warnings', '1']).code, 1);
  });

  it('--quiet reports errors only, and only errors then fail the run', () => {
    const notes = runCli(['check', 'notes', '--quiet', ...TODAY], PROGRAMME);
    assert.equal(notes.stdout, '1 plan checked, no findings.\n');
    assert.equal(notes.code, 0);
    const { code, report } = json(['--quiet']);
    assert.deepEqual(summariseJson(report), ['amara.plan.md:35:5 no-horizon', 'team/priya.plan.md:36:21 broken-why-link']);
    assert.equal(code, 1);
  });

  it('--today makes the date rules reproducible', () => {
    const rules = (today: string) => summariseJson(JSON.parse(runCli(['check', 'amara.plan.md', '-f', 'json', '--today', today], PROGRAMME).stdout) as JsonReport);
    assert.deepEqual(rules('2026-11-23'), ['amara.plan.md:6:14 review-overdue', 'amara.plan.md:22:5 vague-goal', 'amara.plan.md:30:7 past-due', 'amara.plan.md:35:5 no-horizon', 'amara.plan.md:36:21 why-not-linked']);
    assert.deepEqual(rules('2026-10-15'), ['amara.plan.md:22:5 vague-goal', 'amara.plan.md:35:5 no-horizon', 'amara.plan.md:36:21 why-not-linked']);
  });

  for (const [args, message] of [
    [['check', '--today', '2026-02-30'], 'mentoring-plans: --today must be a real date written YYYY-MM-DD, not "2026-02-30". Run mentoring-plans --help for usage.\n'],
    [['check', '--format', 'xml'], 'mentoring-plans: --format must be stylish, json, sarif or github, not "xml". Run mentoring-plans --help for usage.\n'],
    [['check', '--fail-on', 'warnings'], 'mentoring-plans: --fail-on must be one of error, warning, information, hint, none, not "warnings". Run mentoring-plans --help for usage.\n'],
    [['check', '--max-warnings', 'ten'], 'mentoring-plans: --max-warnings must be a whole number, not "ten". Run mentoring-plans --help for usage.\n'],
    [['check', '--colour'], "mentoring-plans: Unknown option '--colour'. Run mentoring-plans --help for usage.\n"],
    [['lint'], 'mentoring-plans: "lint" is not a command; use check, report, agenda, new or init. Run mentoring-plans --help for usage.\n'],
    [[], 'mentoring-plans: name a command: check, report, agenda, new or init. Run mentoring-plans --help for usage.\n'],
  ] as const) {
    it(`2 on a usage error: ${args.join(' ') || '(no arguments)'}`, () => {
      const { code, stdout, stderr } = runCli(args, PROGRAMME);
      assert.equal(stderr, message);
      assert.equal(stdout, '');
      assert.equal(code, 2);
    });
  }

  it('--help and --version exit 0', () => {
    const help = runCli(['--help'], PROGRAMME);
    assert.match(help.stdout, /^Usage: mentoring-plans <command> \[options\]\n/);
    assert.equal(help.code, 0);
    const { version } = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version: string };
    assert.deepEqual(runCli(['--version'], PROGRAMME), { code: 0, stdout: `${version}\n`, stderr: '' });
  });
});
