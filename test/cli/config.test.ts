// .mentoring-plans.json through the CLI: discovery, nearer over farther, inline comments over both,
// where the search stops, --config, and invalid files that still let the valid parts apply.

import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { copyFixture, FIXTURES, runCli, summariseJson, type JsonReport } from './run-cli';

const PROGRAMME = path.join(FIXTURES, 'programme');
const TODAY = ['--today', '2026-11-23'];
const check = (cwd: string, ...args: string[]) => {
  const { code, stdout, stderr } = runCli(['check', '-f', 'json', ...TODAY, ...args], cwd);
  const report = JSON.parse(stdout) as JsonReport;
  return { code, stderr, report, findings: summariseJson(report), severities: report.files.flatMap((f) => f.findings.map((x) => `${x.ruleId} ${x.severity}`)) };
};

describe('mentoring-plans check: config files', () => {
  it('applies the nearest config over farther ones: ignore, severities and phrases', () => {
    const { code, findings, severities } = check(PROGRAMME);
    assert.deepEqual(findings, [
      'amara.plan.md:6:14 review-overdue',
      'amara.plan.md:22:5 vague-goal', // "show up" is a phrase added by the root config
      'amara.plan.md:30:7 past-due',
      'amara.plan.md:35:5 no-horizon',
      'amara.plan.md:36:21 why-not-linked',
      'notes/dee-goals.md:8:4 premature-goals', // a plan by its front matter, whatever its name
      'notes/dee-goals.md:10:3 wish-goal',
      'notes/dee-goals.md:11:23 why-not-linked',
      'team/priya.plan.md:22:5 missing-replaces', // off at the root, back on in team/
      'team/priya.plan.md:29:5 no-stretch',
      'team/priya.plan.md:35:5 missing-replaces',
      'team/priya.plan.md:35:5 vague-goal',
      'team/priya.plan.md:36:21 broken-why-link',
      'team/priya.plan.md:37:7 unreadable-date',
      'team/priya.plan.md:38:9 unknown-kind',
    ]);
    assert.equal(severities[3], 'no-horizon error');
    assert.equal(severities[8], 'missing-replaces warning');
    assert.equal(code, 1);
  });

  it('--config replaces discovery: here an empty file, so the defaults apply and drafts/ is checked', () => {
    const dir = copyFixture('programme');
    writeFileSync(path.join(dir, 'empty.json'), '{}');
    const { findings, severities } = check(dir, '--config', 'empty.json', 'amara.plan.md', 'drafts');
    assert.deepEqual(findings, [
      'amara.plan.md:6:14 review-overdue',
      'amara.plan.md:22:5 missing-replaces', // the vague phrase is the root config's own, not in force here
      'amara.plan.md:27:5 missing-replaces',
      'amara.plan.md:30:7 past-due',
      'amara.plan.md:35:5 missing-replaces',
      'amara.plan.md:35:5 no-horizon',
      'amara.plan.md:36:21 why-not-linked',
      'drafts/half-written.plan.md:3:4 premature-goals',
      'drafts/half-written.plan.md:5:5 missing-replaces',
      'drafts/half-written.plan.md:5:5 missing-why',
      'drafts/half-written.plan.md:5:5 no-horizon',
      'drafts/half-written.plan.md:5:5 symptom-goal',
    ]);
    assert.equal(severities[5], 'no-horizon warning');
  });

  it('inline comments win over the config file', () => {
    const dir = copyFixture('inline');
    writeFileSync(path.join(dir, '.mentoring-plans.json'), '{ "rules": { "vague-goal": "error", "no-horizon": "off" } }');
    const { findings, severities } = check(dir);
    // Line 22's vague goal stays silenced by its disable-next-line comment; line 49's is now an error.
    assert.deepEqual(findings, ['ola.plan.md:48:40 invalid-front-matter', 'ola.plan.md:49:5 vague-goal']);
    assert.deepEqual(severities, ['invalid-front-matter error', 'vague-goal error']);
  });

  it('stops looking at the repository root, and at a file that says "root": true', () => {
    const outer = copyFixture('inline');
    const repo = path.join(outer, 'repo');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    mkdirSync(path.join(repo, 'plans'));
    writeFileSync(path.join(outer, '.mentoring-plans.json'), '{ "rules": { "vague-goal": "off" } }');
    writeFileSync(path.join(repo, 'plans', 'kim.plan.md'), '## Exploration\n\n- What do you value? Honest feedback.\n\n## Goals\n\n### Improve my writing\n- Why this matters: [aims](https://example.org/aims)\n- By: 2027-03\n- Replaces: writing at midnight\n');
    assert.deepEqual(check(path.join(repo, 'plans')).findings, ['kim.plan.md:7:5 vague-goal']);
    // Without the repository, the search goes on up to the folder the CLI runs in.
    const noRepo = copyFixture('inline');
    mkdirSync(path.join(noRepo, 'sub', 'plans'), { recursive: true });
    writeFileSync(path.join(noRepo, '.mentoring-plans.json'), '{ "rules": { "vague-goal": "off" } }');
    writeFileSync(path.join(noRepo, 'sub', 'plans', 'kim.plan.md'), '## Exploration\n\n- What do you value? Honest feedback.\n\n## Goals\n\n### Improve my writing\n- Why this matters: [aims](https://example.org/aims)\n- By: 2027-03\n- Replaces: writing at midnight\n');
    assert.deepEqual(check(noRepo, 'sub').findings, []);
    writeFileSync(path.join(noRepo, 'sub', '.mentoring-plans.json'), '{ "root": true }');
    assert.deepEqual(check(noRepo, 'sub').findings, ['sub/plans/kim.plan.md:7:5 vague-goal']);
  });

  it('reads globs relative to the config file that holds them', () => {
    const dir = copyFixture('programme');
    writeFileSync(path.join(dir, 'team', '.mentoring-plans.json'), '{ "files": ["*.md"], "rules": { "missing-replaces": "warning" } }');
    writeFileSync(path.join(dir, 'team', 'lee.md'), '## Goals\n\n### Be more visible\n');
    writeFileSync(path.join(dir, 'lee.md'), '## Goals\n\n### Be more visible\n');
    const { report } = check(dir, '--fail-on', 'none');
    // team/ now takes any markdown file as a plan; priya's front matter already made hers one.
    assert.deepEqual(report.files.map((f) => f.path), ['amara.plan.md', 'notes/dee-goals.md', 'team/lee.md', 'team/priya.plan.md']);
  });

  it('reports each problem of an invalid config file on one line with its place, exits 2, and still applies the valid parts', () => {
    const dir = copyFixture('programme');
    writeFileSync(
      path.join(dir, 'team', '.mentoring-plans.json'),
      ['{', '  "rules": {', '    "missing-replaces": "warning",', '    "vague-goals": "off",', '    "no-stretch": "loud"', '  },', '  "colour": true', '}'].join('\n'),
    );
    const { code, stderr, findings } = check(dir, 'team');
    assert.equal(
      stderr,
      [
        'mentoring-plans: team/.mentoring-plans.json:4:5: "vague-goals" is not a rule of Mentoring Plans; the rules are vague-goal, symptom-goal, missing-why, why-not-linked, broken-why-link, wish-goal, no-horizon, past-due, review-overdue, no-stretch, borrowed-goal, compound-goal, missing-replaces, premature-goals, unknown-kind, duplicate-goal, open-question, unreadable-date, invalid-front-matter, exploring-goal, unknown-status.',
        'mentoring-plans: team/.mentoring-plans.json:5:19: "loud" is not a severity for "no-stretch"; use off, hint, information, warning, error.',
        'mentoring-plans: team/.mentoring-plans.json:7:3: "colour" is not a setting of .mentoring-plans.json; use root, files, ignore, rules, phrases.',
        '',
      ].join('\n'),
    );
    // missing-replaces is still switched on by the broken file.
    assert.deepEqual(findings.filter((f) => f.endsWith('missing-replaces')), ['team/priya.plan.md:22:5 missing-replaces', 'team/priya.plan.md:35:5 missing-replaces']);
    assert.equal(code, 2);
  });

  it('reports bad JSON with its line and column, and checks the plans with what could be read', () => {
    const dir = copyFixture('programme');
    writeFileSync(path.join(dir, 'team', '.mentoring-plans.json'), '{\n  "rules": { "missing-replaces": "warning" }\n  "ignore": ["old/**"]\n}\n');
    const { code, stderr, report } = check(dir, 'team');
    assert.equal(stderr, 'mentoring-plans: team/.mentoring-plans.json:3:3: Not valid JSON: a comma is expected.\n');
    assert.deepEqual(report.errors, [{ path: 'team/.mentoring-plans.json', line: 3, column: 3, message: 'Not valid JSON: a comma is expected.' }]);
    assert.equal(report.files.length, 1);
    assert.equal(code, 2);
  });

  it('refuses a glob that would take minutes to match, says so on the config file, and checks the rest', () => {
    const dir = copyFixture('programme');
    // A file name the glob's wildcards can split in billions of ways before they fail.
    writeFileSync(path.join(dir, 'team', `${'a'.repeat(40)}.md`), '# Notes from the offsite\n\nWe talked about pairing.\n');
    writeFileSync(path.join(dir, 'team', '.mentoring-plans.json'), '{\n  "files": ["**/*a*a*a*a*a*a*a*a*a*a*b", "*.plan.md"]\n}\n');
    const { code, stderr, report } = check(dir, 'team');
    assert.equal(
      stderr,
      'mentoring-plans: team/.mentoring-plans.json:2:13: This glob has 11 "*" in one folder or file name; at most 2 can be matched in reasonable time, such as "*-plan-*.md". The glob is not used.\n',
    );
    assert.deepEqual(report.files.map((f) => f.path), ['team/priya.plan.md']);
    assert.equal(code, 2);
  });
});
