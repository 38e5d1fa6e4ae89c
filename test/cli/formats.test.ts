// Each output format of `mentoring-plans check`, run as a process over the same small folder.

import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { writeFileSync } from 'node:fs';
import { formatGithub } from '../../server/src/cli/formats/github';
import { formatStylish } from '../../server/src/cli/formats/stylish';
import { copyFixture, FIXTURES, runCli, type JsonReport } from './run-cli';

const INLINE = path.join(FIXTURES, 'inline');
const TODAY = ['--today', '2026-11-23'];

const UNKNOWN_ID = '"vague-gaol" is not a rule of Mentoring Plans, so this comment silences nothing. Did you mean "vague-goal"?';
const NO_HORIZON = 'This open goal has no target date. Add a "By:" line (for example 2027-03-31, 2027-03 or Q1 2027) so progress can be reviewed against a horizon.';
const VAGUE =
  'This goal is fuzzy ("improve my") and names no observable result. Say what will be different and how you will both know: a number, a deliverable, a person, an event, or add a "Success looks like" line.';

describe('mentoring-plans check: output formats', () => {
  it('stylish (default): grouped by plan, aligned line:col severity message rule, wrapped to the width, a summary; no colour off a terminal', () => {
    const { code, stdout, stderr } = runCli(['check', ...TODAY], INLINE, { COLUMNS: '80' });
    assert.equal(stderr, '');
    assert.equal(
      stdout,
      [
        'ola.plan.md',
        '  36:5   warning  This open goal has no target date. Add a  no-horizon',
        '                  "By:" line (for example 2027-03-31,',
        '                  2027-03 or Q1 2027) so progress can be',
        '                  reviewed against a horizon.',
        '  48:40  error    "vague-gaol" is not a rule of Mentoring   invalid-front-matter',
        '                  Plans, so this comment silences nothing.',
        '                  Did you mean "vague-goal"?',
        '  49:5   warning  This goal is fuzzy ("improve my") and     vague-goal',
        '                  names no observable result. Say what',
        '                  will be different and how you will both',
        '                  know: a number, a deliverable, a person,',
        '                  an event, or add a "Success looks like"',
        '                  line.',
        '',
        '2 plans checked: 1 error, 2 warnings.',
        'Exit code 1: 1 error (--fail-on error).',
        '',
      ].join('\n'),
    );
    assert.equal(code, 1);
  });

  it('stylish: a message that fits is not wrapped, and the rule column lines up after the longest', () => {
    const out = formatStylish(
      {
        today: '2026-11-23',
        errors: [],
        files: [
          {
            path: 'cohort/lin.plan.md',
            findings: [
              { ruleId: 'no-horizon', severity: 'warning', message: 'No date yet.', line: 9, column: 3, endLine: 9, endColumn: 20 },
              { ruleId: 'missing-replaces', severity: 'hint', message: 'What will it replace?', line: 12, column: 3, endLine: 12, endColumn: 30 },
              { ruleId: 'review-overdue', severity: 'information', message: 'Review was due on 2026-11-01.', line: 104, column: 14, endLine: 104, endColumn: 24 },
            ],
          },
          { path: 'cohort/joe.plan.md', findings: [] },
        ],
      },
      { colour: false, hints: true, width: 120 },
    );
    assert.equal(
      out,
      [
        'cohort/lin.plan.md',
        '  9:3     warning      No date yet.                   no-horizon',
        '  12:3    hint         What will it replace?          missing-replaces',
        '  104:14  information  Review was due on 2026-11-01.  review-overdue',
        '',
        '2 plans checked: 1 warning, 1 information, 1 hint.',
        '',
      ].join('\n'),
    );
  });

  it('stylish and github leave hints out unless --hints; json and sarif keep them with their level', () => {
    const dir = copyFixture('inline');
    writeFileSync(path.join(dir, '.mentoring-plans.json'), '{ "rules": { "vague-goal": "hint" } }\n');
    const stylish = runCli(['check', ...TODAY], dir).stdout;
    assert.doesNotMatch(stylish, / vague-goal$/m);
    assert.ok(stylish.endsWith('\n\n2 plans checked: 1 error, 1 warning (and 1 hint, shown with --hints).\nExit code 1: 1 error (--fail-on error).\n'), stylish);
    const withHints = runCli(['check', '--hints', ...TODAY], dir).stdout;
    assert.match(withHints, /^ {2}49:5 {3}hint {5}This goal is fuzzy \("improve my"\) and names no observable {5}vague-goal$/m);
    assert.ok(withHints.includes('\n2 plans checked: 1 error, 1 warning, 1 hint.\n'));
    const github = (args: string[]): string[] => runCli(['check', '-f', 'github', ...TODAY, ...args], dir).stdout.split('\n').map((l) => l.split(' ')[0]);
    assert.deepEqual(github([]), ['::warning', '::error', '']);
    assert.deepEqual(github(['--hints']), ['::warning', '::error', '::notice', '']);
    const json = JSON.parse(runCli(['check', '-f', 'json', ...TODAY], dir).stdout) as JsonReport;
    assert.deepEqual(json.files[0].findings.map((f) => f.severity), ['warning', 'error', 'hint']);
    const sarif = JSON.parse(runCli(['check', '-f', 'sarif', ...TODAY], dir).stdout);
    assert.deepEqual(sarif.runs[0].results.map((r: { level: string }) => r.level), ['warning', 'error', 'note']);
  });

  it('colour: --color and FORCE_COLOR turn it on off a terminal; --no-color and NO_COLOR turn it off', () => {
    const coloured = (args: string[], env: NodeJS.ProcessEnv = {}): boolean => runCli(['check', ...TODAY, ...args], INLINE, env).stdout.includes('\x1b[');
    assert.equal(coloured([]), false);
    assert.equal(coloured(['--color']), true);
    assert.equal(coloured([], { FORCE_COLOR: '1' }), true);
    assert.equal(coloured([], { FORCE_COLOR: '0' }), false);
    assert.equal(coloured([], { FORCE_COLOR: '1', NO_COLOR: '1' }), false);
    assert.equal(coloured(['--no-color'], { FORCE_COLOR: '1' }), false);
    assert.equal(coloured(['--color'], { NO_COLOR: '1' }), true);
    assert.equal(runCli(['check', '--color', '-f', 'json', ...TODAY], INLINE).stdout.includes('\x1b['), false);
    assert.equal(
      runCli(['check', '--color', ...TODAY, 'quiet.plan.md'], INLINE).stdout,
      '\x1b[0m1 plan checked: no findings.\x1b[0m\n',
    );
  });

  it('json: the documented, stable shape', () => {
    const { code, stdout } = runCli(['check', '--format', 'json', ...TODAY], INLINE);
    const report = JSON.parse(stdout) as JsonReport;
    assert.deepEqual(report, {
      version: 1,
      tool: { name: 'mentoring-plans', version: report.tool.version },
      today: '2026-11-23',
      summary: { plans: 2, errors: 1, warnings: 2, information: 0, hints: 0, inputErrors: 0 },
      files: [
        {
          path: 'ola.plan.md',
          findings: [
            { ruleId: 'no-horizon', severity: 'warning', message: NO_HORIZON, line: 36, column: 5, endLine: 36, endColumn: 39, helpUri: 'https://github.com/mentoring-plans/mentoring-plans/blob/main/docs/rules/no-horizon.md' },
            { ruleId: 'invalid-front-matter', severity: 'error', message: UNKNOWN_ID, line: 48, column: 40, endLine: 48, endColumn: 50, helpUri: 'https://github.com/mentoring-plans/mentoring-plans/blob/main/docs/rules/invalid-front-matter.md' },
            { ruleId: 'vague-goal', severity: 'warning', message: VAGUE, line: 49, column: 5, endLine: 49, endColumn: 24, helpUri: 'https://github.com/mentoring-plans/mentoring-plans/blob/main/docs/rules/vague-goal.md' },
          ],
        },
        { path: 'quiet.plan.md', findings: [] },
      ],
      errors: [],
    });
    assert.match(report.tool.version, /^\d+\.\d+\.\d+/);
    assert.equal(code, 1);
  });

  it('sarif: a 2.1.0 log with every rule, help links and one result per finding', () => {
    const { code, stdout } = runCli(['check', '-f', 'sarif', ...TODAY], INLINE);
    const log = JSON.parse(stdout);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.runs.length, 1);
    const [run] = log.runs;
    assert.equal(run.tool.driver.name, 'mentoring-plans');
    assert.equal(run.tool.driver.rules.length, 19);
    const ruleIds: string[] = run.tool.driver.rules.map((r: { id: string }) => r.id);
    for (const rule of run.tool.driver.rules) {
      assert.equal(rule.helpUri, `https://github.com/mentoring-plans/mentoring-plans/blob/main/docs/rules/${rule.id}.md`);
      assert.equal(typeof rule.shortDescription.text, 'string');
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
    }
    assert.deepEqual(run.tool.driver.rules.find((r: { id: string }) => r.id === 'vague-goal'), {
      id: 'vague-goal',
      shortDescription: { text: 'The goal is fuzzy and names no observable result.' },
      helpUri: 'https://github.com/mentoring-plans/mentoring-plans/blob/main/docs/rules/vague-goal.md',
      help: { text: 'The goal is fuzzy and names no observable result. Principle: Specific. See https://github.com/mentoring-plans/mentoring-plans/blob/main/docs/rules/vague-goal.md' },
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['mentoring'], principle: 'Specific' },
    });
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run.invocations, [{ executionSuccessful: true, toolExecutionNotifications: [] }]);
    assert.deepEqual(
      run.results.map((r: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }) => [
        r.ruleId,
        ruleIds[r.ruleIndex],
        r.level,
        r.locations[0].physicalLocation.artifactLocation.uri,
        r.locations[0].physicalLocation.region.startLine,
        r.locations[0].physicalLocation.region.startColumn,
      ]),
      [
        ['no-horizon', 'no-horizon', 'warning', 'ola.plan.md', 36, 5],
        ['invalid-front-matter', 'invalid-front-matter', 'error', 'ola.plan.md', 48, 40],
        ['vague-goal', 'vague-goal', 'warning', 'ola.plan.md', 49, 5],
      ],
    );
    assert.deepEqual(run.results[2].message, { text: VAGUE });
    assert.deepEqual(run.results[2].locations[0].physicalLocation, {
      artifactLocation: { uri: 'ola.plan.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 49, startColumn: 5, endLine: 49, endColumn: 24 },
    });
    assert.equal(code, 1);
  });

  it('github: one workflow annotation per finding, with escaped properties and message', () => {
    const { code, stdout } = runCli(['check', '--format=github', ...TODAY], INLINE);
    assert.equal(
      stdout,
      [
        `::warning file=ola.plan.md,line=36,col=5,endLine=36,endColumn=39,title=no-horizon (mentoring-plans)::${NO_HORIZON}`,
        `::error file=ola.plan.md,line=48,col=40,endLine=48,endColumn=50,title=invalid-front-matter (mentoring-plans)::${UNKNOWN_ID}`,
        `::warning file=ola.plan.md,line=49,col=5,endLine=49,endColumn=24,title=vague-goal (mentoring-plans)::${VAGUE}`,
        '',
      ].join('\n'),
    );
    assert.equal(code, 1);
  });

  it('information and hints become notes in SARIF and notices in GitHub annotations', () => {
    const dir = path.join(FIXTURES, 'programme');
    const sarif = JSON.parse(runCli(['check', '-f', 'sarif', ...TODAY], dir).stdout);
    const review = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'review-overdue');
    assert.equal(review.level, 'note');
    const github = runCli(['check', '-f', 'github', ...TODAY], dir).stdout.split('\n');
    assert.equal(github.filter((l) => l.startsWith('::notice file=amara.plan.md,line=6,col=14,')).length, 1);
  });

  it('github: escapes %, line breaks, commas and colons as workflow commands require', () => {
    const out = formatGithub(
      {
      today: '2026-11-23',
      errors: [],
      files: [{ path: 'plans/a,b: c.plan.md', findings: [{ ruleId: 'vague-goal', severity: 'hint', message: 'Cut 50% of it\nthen look again', line: 3, column: 1, endLine: 3, endColumn: 9 }] }],
      },
      { hints: true },
    );
    assert.equal(out, '::notice file=plans/a%2Cb%3A c.plan.md,line=3,col=1,endLine=3,endColumn=9,title=vague-goal (mentoring-plans)::Cut 50%25 of it%0Athen look again\n');
  });
});
