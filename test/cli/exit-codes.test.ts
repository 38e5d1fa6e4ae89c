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
  it('by default 0 on warnings and 1 only on errors, as ESLint does', () => {
    const notes = json(['notes']);
    assert.deepEqual(notes.report.summary, { plans: 1, errors: 0, warnings: 2, information: 1, hints: 0, inputErrors: 0 });
    assert.equal(notes.code, 0);
    assert.equal(json([]).code, 1);
  });

  it('0 when the paths hold no plan at all, saying what was looked at and how a file becomes a plan', () => {
    const { code, stdout } = runCli(['check', 'notes/meeting-notes.md', 'aims.md', ...TODAY], PROGRAMME);
    assert.equal(
      stdout,
      '0 plans checked: 2 markdown files looked at, none of them a plan. A plan matches the "files" globs\n(by default *.plan.md and *.mentoring.md) or says "type: mentoring-plan" in its front matter.\n',
    );
    assert.equal(code, 0);
  });

  it('--fail-on warning and --fail-on information fail on those; --fail-on none never fails on findings', () => {
    assert.equal(json(['notes', '--fail-on', 'warning']).code, 1);
    assert.equal(json(['notes', '--fail-on', 'information']).code, 1);
    assert.equal(json(['--fail-on', 'none']).code, 0);
  });

  it('severity names in any case, and warn and info for short', () => {
    assert.equal(json(['notes', '--fail-on', 'WARN']).code, 1);
    assert.equal(json(['notes', '--fail-on', 'Info']).code, 1);
    assert.equal(runCli(['check', '-f', 'JSON', ...TODAY, 'notes'], PROGRAMME).code, 0);
  });

  it('when the exit code is 1, the last line says why', () => {
    const stylish = (args: string[]): string[] => runCli(['check', ...TODAY, ...args], PROGRAMME).stdout.trimEnd().split('\n').slice(-2);
    assert.deepEqual(stylish([]), ['3 plans checked: 2 errors, 10 warnings, 3 information.', 'Exit code 1: 2 errors (--fail-on error).']);
    assert.deepEqual(stylish(['notes', '--fail-on', 'warn']), ['1 plan checked: 2 warnings, 1 information.', 'Exit code 1: 2 warnings (--fail-on warning).']);
    assert.deepEqual(stylish(['notes', '--max-warnings', '1']), ['1 plan checked: 2 warnings, 1 information.', 'Exit code 1: 2 warnings, more than --max-warnings 1.']);
    assert.deepEqual(stylish(['notes']).slice(-1), ['1 plan checked: 2 warnings, 1 information.']);
    // Machine formats keep standard output to their document: the reason goes to standard error.
    const { stdout, stderr } = runCli(['check', '-f', 'sarif', ...TODAY, 'notes', '--fail-on', 'information'], PROGRAMME);
    assert.equal(JSON.parse(stdout).version, '2.1.0');
    assert.equal(stderr, 'Exit code 1: 2 warnings, 1 information (--fail-on information).\n');
  });

  it('1 when warnings exceed --max-warnings, whatever --fail-on says; -1 is no limit', () => {
    assert.equal(json(['notes', '--max-warnings', '2']).code, 0);
    assert.equal(json(['notes', '--max-warnings', '1']).code, 1);
    assert.equal(json(['notes', '--fail-on', 'none', '--max-warnings', '0']).code, 1);
    assert.equal(json(['notes', '--fail-on', 'none', '--max-warnings', '-1']).code, 0);
  });

  it('--quiet reports errors only, and only errors then fail the run', () => {
    const notes = runCli(['check', 'notes', '--quiet', ...TODAY], PROGRAMME);
    assert.equal(notes.stdout, '1 plan checked: no findings.\n');
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
    [['check', '--fail-on', 'warnings'], 'mentoring-plans: --fail-on must be error, warning, information, hint or none, not "warnings". Run mentoring-plans --help for usage.\n'],
    [['check', '--max-warnings', 'ten'], 'mentoring-plans: --max-warnings must be a whole number, or -1 for no limit, not "ten". Run mentoring-plans --help for usage.\n'],
    [['check', '--max-warnings', '-2'], 'mentoring-plans: --max-warnings must be a whole number, or -1 for no limit, not "-2". Run mentoring-plans --help for usage.\n'],
    [['check', '--color', '--no-color'], 'mentoring-plans: --color and --no-color cannot both be given. Run mentoring-plans --help for usage.\n'],
    [['check', '--colour'], "mentoring-plans: Unknown option '--colour'. Run mentoring-plans --help for usage.\n"],
    [['check', '-f'], 'mentoring-plans: -f, --format needs a value. Run mentoring-plans --help for usage.\n'],
    [['check', '--quiet=yes'], 'mentoring-plans: -q, --quiet takes no value. Run mentoring-plans --help for usage.\n'],
    [['check', '--today', '-5d'], 'mentoring-plans: --today needs a value; write --today=VALUE for a value that starts with a dash. Run mentoring-plans --help for usage.\n'],
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
