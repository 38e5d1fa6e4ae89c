// check --fix and --fix-dry-run: the editor's fix-all over files on disk, written atomically with the
// file's byte order mark and line endings, and a file that changed meanwhile left alone.

import { strict as assert } from 'node:assert';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { writeAtomically } from '../../server/src/cli/fix';
import { copyFixture, runCli } from './run-cli';

const TODAY = ['--today', '2026-11-23'];
const PLAN = 'nadia.plan.md';

/** The three safe fixes of the fixture: a slug typo, a date with one reading, a misspelt kind, and a slug typo in another file. */
const fixed = (text: string): string =>
  text
    .replace('(#lead-the-night-shfit-nursing-team)', '(#lead-the-night-shift-nursing-team)')
    .replace('- By: 31/03/2027', '- By: 2027-03-31')
    .replace('- Kind: ladr', '- Kind: ladder')
    .replace('(ward-aims.md#safe-staffing-on-every-night-shfit)', '(ward-aims.md#safe-staffing-on-every-night-shift)');

describe('mentoring-plans check --fix', () => {
  let dir: string;
  let original: string;
  beforeEach(() => {
    dir = copyFixture('fixable');
    mkdirSync(path.join(dir, '.git'));
    original = readFileSync(path.join(dir, PLAN), 'utf8');
  });

  it('--fix-dry-run prints the fixes as a unified diff and writes nothing', () => {
    const result = runCli(['check', '--fix-dry-run', ...TODAY], dir);
    assert.equal(
      result.stdout,
      [
        '--- a/nadia.plan.md',
        '+++ b/nadia.plan.md',
        '@@ -25,12 +25,12 @@',
        ' ',
        ' ## Goals',
        ' ',
        ' ### Run the night handover huddle three times a week',
        '-- Why this matters: [Lead the night-shift nursing team](#lead-the-night-shfit-nursing-team)',
        '+- Why this matters: [Lead the night-shift nursing team](#lead-the-night-shift-nursing-team)',
        ' - Success looks like: handovers finish by 07:45 and the day lead signs off the board without questions',
        '-- By: 31/03/2027',
        '-- Kind: ladr',
        '+- By: 2027-03-31',
        '+- Kind: ladder',
        ' - Stretch: she has never spoken first in front of the senior sister',
        ' - Replaces: waiting for the senior nurse to open the huddle',
        ' - Owner: mine',
        ' - Status: active',
        '@@ -45,9 +45,9 @@',
        ' - Owner: mine',
        ' - Status: active',
        ' ',
        " ### Cover the ward's staffing rota for one month",
        '-- Why this matters: [Ward aims](ward-aims.md#safe-staffing-on-every-night-shfit)',
        '+- Why this matters: [Ward aims](ward-aims.md#safe-staffing-on-every-night-shift)',
        ' - Success looks like: every night in March has two registered nurses on the rota a week ahead',
        ' - By: 2027-03',
        ' - Kind: enabling',
        ' - Stretch: she has never built a rota that others depend on',
        '',
      ].join('\n'),
    );
    assert.equal(result.stderr, '');
    assert.equal(result.code, 0);
    assert.equal(readFileSync(path.join(dir, PLAN), 'utf8'), original);
  });

  it('--fix writes the fixes, keeping the byte order mark and CRLF line endings, and reports what is left', () => {
    const file = path.join(dir, PLAN);
    const crlf = (text: string): string => `\uFEFF${text.replace(/\n/g, '\r\n')}`;
    writeFileSync(file, crlf(original));
    const result = runCli(['check', '--fix', ...TODAY], dir);
    assert.deepEqual(result, { code: 0, stdout: '1 plan checked: no findings.\n', stderr: '' });
    assert.equal(readFileSync(file, 'utf8'), crlf(fixed(original)));
    assert.deepEqual(readdirSync(dir).sort(), ['.git', PLAN, 'ward-aims.md']);
    // Nothing is left to fix: a second run changes no byte.
    assert.deepEqual(runCli(['check', '--fix-dry-run', ...TODAY], dir), { code: 0, stdout: '', stderr: '' });
    assert.equal(readFileSync(file, 'utf8'), crlf(fixed(original)));
  });

  it('--fix and --fix-dry-run cannot be combined with each other or with --stdin', () => {
    assert.equal(runCli(['check', '--fix', '--fix-dry-run'], dir).stderr, 'mentoring-plans: --fix and --fix-dry-run cannot both be given. Run mentoring-plans --help for usage.\n');
    assert.equal(runCli(['check', '--fix', '--stdin'], dir).stderr, 'mentoring-plans: --fix works on files; it cannot be used with --stdin. Run mentoring-plans --help for usage.\n');
  });

  it('a file that changes on disk while it is being fixed is left as it is', () => {
    const file = path.join(dir, PLAN);
    const meanwhile = original.replace('- By: 2027-05', '- By: 2027-06');
    // The fixes were worked out from the original bytes; the mentor saved in the editor just then.
    writeFileSync(file, meanwhile);
    assert.equal(writeAtomically(file, Buffer.from(original), fixed(original)), 'changed');
    assert.equal(readFileSync(file, 'utf8'), meanwhile);
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
  });
});
