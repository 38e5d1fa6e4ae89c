// check --cache: a second run prints what a run without the cache prints, reuses stored results
// only while the plan, its config, its linked files and --today are unchanged, and survives a
// damaged or unwritable cache.

import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { copyFixture, runCli, summariseJson, type CliResult, type JsonReport } from './run-cli';

const TODAY = ['--today', '2026-11-23'];
const DEFAULT_CACHE = '.mentoring-plans-cache';
const MARK = 'Read from the cache.';

interface StoredEntry {
  findings?: { message: string }[];
}

/** Rewrites every stored message of one plan, so a run that reuses the stored result shows it. */
function markCached(cacheFile: string, plan: string): void {
  const data = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, StoredEntry> };
  const entry = data.entries[plan];
  assert.ok(entry?.findings && entry.findings.length > 0, `${plan} has stored findings`);
  for (const f of entry.findings) f.message = MARK;
  writeFileSync(cacheFile, JSON.stringify(data));
}

const marked = (result: CliResult): string[] => result.stdout.split('\n').filter((line) => line.includes(MARK));

describe('mentoring-plans check --cache', () => {
  let dir: string;
  let cacheFile: string;
  const check = (...args: string[]): CliResult => runCli(['check', '--cache', ...TODAY, ...args], dir);

  beforeEach(() => {
    dir = copyFixture('programme');
    cacheFile = path.join(dir, DEFAULT_CACHE);
  });

  it('prints the same on a first and a second run as without the cache, in every format, with the same exit code', () => {
    for (const format of ['stylish', 'json', 'sarif', 'github']) {
      const plain = runCli(['check', ...TODAY, '-f', format], dir);
      const first = check('-f', format);
      const second = check('-f', format);
      assert.equal(first.stdout, plain.stdout, format);
      assert.equal(second.stdout, plain.stdout, format);
      assert.equal(second.stderr, plain.stderr, format);
      assert.equal(second.code, 1);
    }
    assert.ok(existsSync(cacheFile));
  });

  it('is .mentoring-plans-cache in the current folder by default, or under node_modules/.cache only where node_modules already exists', () => {
    check();
    assert.ok(existsSync(cacheFile));
    assert.ok(!existsSync(path.join(dir, 'node_modules')));
    mkdirSync(path.join(dir, 'node_modules'));
    check();
    assert.ok(existsSync(path.join(dir, 'node_modules', '.cache', 'mentoring-plans', 'check-cache.json')));
  });

  it('reuses the stored findings of an unchanged plan', () => {
    check();
    markCached(cacheFile, path.join(dir, 'amara.plan.md'));
    const again = check('-f', 'github');
    assert.equal(marked(again).length, 5);
    assert.ok(marked(again).every((line) => line.includes(' file=amara.plan.md,')));
  });

  it('applies --quiet to stored findings as to fresh ones', () => {
    check();
    assert.equal(check('--quiet').stdout, runCli(['check', '--quiet', ...TODAY], dir).stdout);
  });

  it('checks a plan again when its text changed', () => {
    check();
    const plan = path.join(dir, 'amara.plan.md');
    markCached(cacheFile, plan);
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('next-review: ', 'next-review:  '));
    assert.deepEqual(marked(check('-f', 'github')), []);
  });

  it('checks again when a config file changed', () => {
    check();
    markCached(cacheFile, path.join(dir, 'amara.plan.md'));
    const config = path.join(dir, '.mentoring-plans.json');
    writeFileSync(config, readFileSync(config, 'utf8').replace('"no-horizon": "error"', '"no-horizon": "hint"'));
    const again = check('-f', 'github', '--hints');
    assert.deepEqual(marked(again), []);
    assert.match(again.stdout, /^::notice file=amara\.plan\.md,line=35,col=5,.*title=no-horizon /m);
  });

  it('checks again with another --today', () => {
    check();
    markCached(cacheFile, path.join(dir, 'amara.plan.md'));
    const again = runCli(['check', '--cache', '-f', 'json', '--today', '2026-10-15', 'amara.plan.md'], dir);
    assert.deepEqual(summariseJson(JSON.parse(again.stdout) as JsonReport), ['amara.plan.md:22:5 vague-goal', 'amara.plan.md:35:5 no-horizon', 'amara.plan.md:36:21 why-not-linked']);
  });

  it('checks a plan again when a file its why-links point to changed, though the plan did not', () => {
    const json = (): string[] => summariseJson(JSON.parse(check('-f', 'json', 'team').stdout) as JsonReport).filter((s) => s.includes('why-link'));
    assert.deepEqual(json(), ['team/priya.plan.md:36:21 broken-why-link']);
    const aims = path.join(dir, 'aims.md');
    const text = readFileSync(aims, 'utf8');
    const heading = /^#+ Grow leaders from within$/m.exec(text);
    assert.ok(heading, 'aims.md has the heading priya links to');
    writeFileSync(aims, text.replace(heading[0], heading[0].replace('Grow leaders from within', 'Grow leaders')));
    assert.deepEqual(json(), ['team/priya.plan.md:30:21 broken-why-link', 'team/priya.plan.md:36:21 broken-why-link']);
    writeFileSync(aims, text);
    assert.deepEqual(json(), ['team/priya.plan.md:36:21 broken-why-link']);
    renameSync(aims, path.join(dir, 'aims-2026.md'));
    assert.deepEqual(json(), ['team/priya.plan.md:30:21 broken-why-link', 'team/priya.plan.md:36:21 broken-why-link']);
  });

  it('ignores a damaged cache file with a warning, and writes a good one', () => {
    const plain = runCli(['check', ...TODAY], dir);
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    for (const damaged of ['{"format": 1, "entries": {', 'null', '{"format": 1, "run": "x", "entries": []}', '\u0000\u0001']) {
      writeFileSync(cacheFile, damaged);
      const result = check();
      assert.equal(result.stdout, plain.stdout);
      assert.equal(result.code, 1);
      assert.equal(result.stderr, `mentoring-plans: the cache ${cacheFile} is damaged; checking every file and writing it anew.\n`);
      assert.equal((JSON.parse(readFileSync(cacheFile, 'utf8')) as { format: number }).format, 1);
    }
  });

  it('checks again a plan whose stored entry is malformed, without a warning', () => {
    check();
    const data = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, unknown> };
    data.entries[path.join(dir, 'amara.plan.md')] = { content: 'x', config: 'y', links: [], findings: [{ ruleId: 'no-such-rule' }] };
    writeFileSync(cacheFile, JSON.stringify(data));
    const plain = runCli(['check', ...TODAY], dir);
    const result = check();
    assert.equal(result.stdout, plain.stdout);
    assert.equal(result.stderr, '');
  });

  it('still checks, with a warning, when the cache cannot be written', () => {
    writeFileSync(path.join(dir, 'not-a-folder'), '');
    const location = path.join(dir, 'not-a-folder', 'cache.json');
    const plain = runCli(['check', ...TODAY], dir);
    const result = check('--cache-location', location);
    assert.equal(result.stdout, plain.stdout);
    assert.equal(result.code, 1);
    assert.equal(result.stderr, `mentoring-plans: cannot write the cache ${location} (EEXIST); the results are not cached.\n`);
  });

  it('--cache-location names the cache file, or a folder to hold it', () => {
    check('--cache-location', 'results/plans.cache');
    assert.ok(existsSync(path.join(dir, 'results', 'plans.cache')));
    check('--cache-location', 'cache-folder/');
    assert.ok(existsSync(path.join(dir, 'cache-folder', 'check-cache.json')));
    mkdirSync(path.join(dir, 'existing'));
    check('--cache-location', 'existing');
    assert.ok(existsSync(path.join(dir, 'existing', 'check-cache.json')));
    assert.ok(!existsSync(cacheFile));
  });

  it('does not write the cache again when every result came from it, and does once a plan changed', () => {
    check();
    const first = statSync(cacheFile).ino;
    check();
    assert.equal(statSync(cacheFile).ino, first);
    const amara = path.join(dir, 'amara.plan.md');
    writeFileSync(amara, readFileSync(amara, 'utf8').replace('# ', '# Mentoring plan: '));
    check();
    assert.notEqual(statSync(cacheFile).ino, first);
  });

  it('forgets plans that were deleted or renamed once it writes again', () => {
    check();
    const entries = (): string[] => Object.keys((JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, unknown> }).entries).sort();
    const amara = path.join(dir, 'amara.plan.md');
    assert.ok(entries().includes(amara));
    renameSync(amara, path.join(dir, 'amara-2026.plan.md'));
    check();
    assert.ok(!entries().includes(amara));
    assert.ok(entries().includes(path.join(dir, 'amara-2026.plan.md')));
  });

  it('leaves no temporary file beside the cache', () => {
    check();
    check();
    assert.deepEqual(readdirSync(dir).filter((f) => f.includes('cache')), ['.mentoring-plans-cache']);
  });
});
