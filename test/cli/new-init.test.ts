// `mentoring-plans new NAME` and `mentoring-plans init`: files written from our templates, never over existing ones.

import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { planTemplate, toText } from '../../server/src/data/templates';
import { INIT_CONFIG } from '../../server/src/cli/init';
import { parseConfigText } from '../../server/src/node/config-file';
import { runCli, summariseJson, type JsonReport } from './run-cli';

describe('mentoring-plans new and init', () => {
  let dir: string;
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'mp-new-')));
  });

  it('new NAME writes NAME.plan.md from the plan template, for NAME, started today', () => {
    const { code, stdout, stderr } = runCli(['new', 'priya', '--today', '2026-11-23'], dir);
    assert.deepEqual({ code, stdout, stderr }, { code: 0, stdout: 'Wrote priya.plan.md\n', stderr: '' });
    const written = readFileSync(path.join(dir, 'priya.plan.md'), 'utf8');
    assert.equal(written, toText(planTemplate({ mentee: 'priya', started: '2026-11-23' })));
    assert.match(written, /^---\ntype: mentoring-plan\nmentee: priya\n[^]*\nstarted: 2026-11-23\n[^]*\n# Mentoring plan: priya\n/);
  });

  it('new keeps a name that already ends in .plan.md, and the new plan passes its own check', () => {
    assert.equal(runCli(['new', 'mac.plan.md', '--today', '2026-11-23'], dir).code, 0);
    assert.ok(existsSync(path.join(dir, 'mac.plan.md')));
    assert.match(readFileSync(path.join(dir, 'mac.plan.md'), 'utf8'), /^mentee: mac$/m);
    const run = runCli(['check', '-f', 'json', '--today', '2026-11-23'], dir);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.deepEqual(report.files.map((f) => f.path), ['mac.plan.md']);
    assert.deepEqual({ code: run.code, findings: summariseJson(report) }, { code: 0, findings: [] });
  });

  it('new never overwrites a file, and says so on one line', () => {
    writeFileSync(path.join(dir, 'priya.plan.md'), 'my own notes\n');
    const { code, stdout, stderr } = runCli(['new', 'priya'], dir);
    assert.deepEqual({ code, stdout, stderr }, { code: 2, stdout: '', stderr: 'mentoring-plans: priya.plan.md already exists; it was left as it is.\n' });
    assert.equal(readFileSync(path.join(dir, 'priya.plan.md'), 'utf8'), 'my own notes\n');
  });

  it('new takes a plain name: paths, .. and empty names are refused and nothing is written', () => {
    const isPath = (name: string) => `mentoring-plans: "${name}" is a path; new takes a plain name and writes the plan in the current folder, such as: mentoring-plans new priya\n`;
    const empty = 'mentoring-plans: new needs a name for the plan, such as: mentoring-plans new priya\n';
    const cases: [string, string][] = [
      ['cohort-3/priya', isPath('cohort-3/priya')],
      ['../../outside', isPath('../../outside')],
      ['/tmp/mp-new-abs/x', isPath('/tmp/mp-new-abs/x')],
      ['cohort\\priya', isPath('cohort\\priya')],
      ['', empty],
      ['  ', empty],
      ['.plan.md', empty],
      ['..', 'mentoring-plans: ".." cannot be a file name; use the mentee\'s name, such as: mentoring-plans new priya\n'],
    ];
    for (const [name, stderr] of cases) assert.deepEqual(runCli(['new', name], dir), { code: 2, stdout: '', stderr }, name);
    assert.deepEqual(readdirSync(dir), []);
    assert.ok(!existsSync('/tmp/mp-new-abs'));
  });

  it('init writes a commented config file that is itself valid, and never overwrites one', () => {
    assert.deepEqual(runCli(['init'], dir), { code: 0, stdout: 'Wrote .mentoring-plans.json\n', stderr: '' });
    const text = readFileSync(path.join(dir, '.mentoring-plans.json'), 'utf8');
    assert.equal(text, INIT_CONFIG);
    assert.deepEqual(parseConfigText(text, 'x').problems, []);
    assert.deepEqual(parseConfigText(text, 'x').config, { files: ['**/*.plan.md', '**/*.mentoring.md'], ignore: [], rules: {}, phrases: {} });
    assert.deepEqual(runCli(['init'], dir), { code: 2, stdout: '', stderr: 'mentoring-plans: .mentoring-plans.json already exists here; it was left as it is.\n' });
    assert.equal(readFileSync(path.join(dir, '.mentoring-plans.json'), 'utf8'), text);
  });
});
