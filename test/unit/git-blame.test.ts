// lastChanged from git: each line's date from `git blame`, in a temporary repository; nothing where
// git or a repository is missing.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gitLineDates } from '../../server/src/node/git-blame';

const PLAN_V1 = '## Goals\n\n### Teach the Year 9 robotics club on my own\n- By: 2027-01\n- Status: active\n';
const PLAN_V2 = '## Goals\n\n### Teach the Year 9 robotics club on my own\n- By: 2027-03\n- Status: active\n';

describe('git line dates', () => {
  let repo: string;
  const git = (args: string[], date: string) =>
    execFileSync('git', args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 'Ruth', GIT_AUTHOR_EMAIL: 'ruth@example.org', GIT_COMMITTER_NAME: 'Ruth', GIT_COMMITTER_EMAIL: 'ruth@example.org' } });

  before(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'mp-git-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    writeFileSync(path.join(repo, 'ada.plan.md'), PLAN_V1);
    git(['add', 'ada.plan.md'], '2026-03-02T12:00:00Z');
    git(['commit', '-q', '-m', 'Plan for Ada'], '2026-03-02T12:00:00Z');
    writeFileSync(path.join(repo, 'ada.plan.md'), PLAN_V2);
    git(['commit', '-q', '-am', 'New date'], '2026-09-14T12:00:00Z');
  });
  after(() => rmSync(repo, { recursive: true, force: true }));

  it('dates each line by the commit that last changed it', async () => {
    assert.deepEqual(await gitLineDates(path.join(repo, 'ada.plan.md')), ['2026-03-02', '2026-03-02', '2026-03-02', '2026-09-14', '2026-03-02']);
  });

  it("dates an editor's unsaved lines today and keeps the others", async () => {
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    const dates = await gitLineDates(path.join(repo, 'ada.plan.md'), PLAN_V2.replace('- Status: active', '- Status: paused'));
    assert.deepEqual(dates, ['2026-03-02', '2026-03-02', '2026-03-02', '2026-09-14', iso]);
  });

  it('gives nothing for a file git does not track, outside a repository, or without git', async () => {
    writeFileSync(path.join(repo, 'new.plan.md'), PLAN_V1);
    assert.equal(await gitLineDates(path.join(repo, 'new.plan.md')), undefined);
    const outside = mkdtempSync(path.join(tmpdir(), 'mp-nogit-'));
    try {
      writeFileSync(path.join(outside, 'ada.plan.md'), PLAN_V1);
      // A ceiling keeps git from finding a repository above the temporary folder.
      process.env.GIT_CEILING_DIRECTORIES = path.dirname(outside);
      assert.equal(await gitLineDates(path.join(outside, 'ada.plan.md')), undefined);
    } finally {
      delete process.env.GIT_CEILING_DIRECTORIES;
      rmSync(outside, { recursive: true, force: true });
    }
    const pathBefore = process.env.PATH;
    process.env.PATH = path.join(repo, 'no-bin-here');
    try {
      assert.equal(await gitLineDates(path.join(repo, 'ada.plan.md')), undefined);
    } finally {
      process.env.PATH = pathBefore;
    }
  });
});
