// .mentoring-plans.json: JSONC parsing, every kind of problem with its place, the valid parts kept,
// the walk up the folders, and globs rewritten relative to one base folder.

import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { RULE_IDS, RULES, SEVERITY_SETTINGS } from '../../server/src/data/catalogue';
import { configLayers, findConfigFiles, layerFor, parseConfigText, PHRASE_LISTS, rebaseGlobs, searchedFolders } from '../../server/src/node/config-file';

const problems = (text: string) => parseConfigText(text, '/p/.mentoring-plans.json').problems.map((p) => `${p.line}:${p.column}-${p.endLine}:${p.endColumn} ${p.message}`);

describe('config file', () => {
  describe('parseConfigText', () => {
    it('reads every key, with comments and trailing commas', () => {
      const file = parseConfigText(
        `// cohort settings
{
  "$schema": "./node_modules/mentoring-plans/schemas/mentoring-plans.schema.json",
  "root": true,
  "files": ["plans/**/*.md"], /* only the plans folder */
  "ignore": ["plans/archive/**"],
  "rules": { "missing-replaces": "off", "no-horizon": "error", },
  "phrases": { "vague": ["show up"], "wish": { "add": ["one fine day"], "remove": ["ideally"] } },
}`,
        '/p/.mentoring-plans.json',
      );
      assert.deepEqual(file.problems, []);
      assert.equal(file.root, true);
      assert.deepEqual(file.config, {
        files: ['plans/**/*.md'],
        ignore: ['plans/archive/**'],
        rules: { 'missing-replaces': 'off', 'no-horizon': 'error' },
        phrases: { vague: { add: ['show up'] }, wish: { add: ['one fine day'], remove: ['ideally'] } },
      });
    });

    it('reports bad JSON at its place and keeps what parsed', () => {
      const text = '{\n  "rules": { "no-horizon": "off" }\n  "ignore": ["old/**"\n}';
      assert.deepEqual(problems(text), ['3:3-3:11 Not valid JSON: a comma is expected.']);
      assert.deepEqual(parseConfigText(text, 'x').config, { rules: { 'no-horizon': 'off' }, ignore: ['old/**'] });
    });

    it('reports an empty file and a file that is not an object', () => {
      assert.deepEqual(problems(' // nothing yet\n'), ['1:1-1:1 The file is empty; write an object such as { "rules": {} }.']);
      assert.deepEqual(problems('["vague-goal"]'), ['1:1-1:15 The file must hold one object, such as { "rules": { "missing-replaces": "off" } }.']);
    });

    it('reports unknown keys, rule ids and severities, and keeps the valid rules', () => {
      const text = '{ "rules": { "vague-goal": "off", "vague-goals": "off", "no-horizon": "severe", "past-due": 3 }, "severity": {} }';
      const file = parseConfigText(text, 'x');
      assert.deepEqual(file.config.rules, { 'vague-goal': 'off' });
      assert.deepEqual(
        file.problems.map((p) => `${p.column}-${p.endColumn}`),
        ['35-48', '71-79', '93-94', '98-108'],
      );
      assert.match(file.problems[0].message, /^"vague-goals" is not a rule of Mentoring Plans; the rules are vague-goal, symptom-goal, /);
      assert.equal(file.problems[1].message, '"severe" is not a severity for "no-horizon"; use off, hint, information, warning, error.');
      assert.equal(file.problems[2].message, '3 is not a severity for "past-due"; use off, hint, information, warning, error.');
      assert.equal(file.problems[3].message, '"severity" is not a setting of .mentoring-plans.json; use root, files, ignore, rules, phrases.');
    });

    it('reports globs and phrases of the wrong shape, keeping the good entries', () => {
      const text = '{ "files": ["*.plan.md", 7, ""], "ignore": "drafts", "root": "yes", "phrases": { "vague": [""], "fuzzy": [], "wish": { "add": "x", "drop": [] }, "feeling": 1 } }';
      assert.deepEqual(problems(text), [
        '1:26-1:27 Each entry of "files" must be a non-empty glob in quotes.',
        '1:29-1:31 Each entry of "files" must be a non-empty glob in quotes.',
        '1:44-1:52 "ignore" must be a list of globs, such as ["plans/**/*.md"].',
        '1:62-1:67 "root" must be true or false.',
        '1:92-1:94 Each phrase in "phrases.vague" must be non-empty text in quotes.',
        '1:97-1:104 "fuzzy" is not a phrase list; use vague, wish, maintenance, borrowed, feeling.',
        '1:127-1:130 "phrases.wish.add" must be a list of phrases in quotes.',
        '1:132-1:138 "drop" is not allowed in "phrases.wish"; use add or remove.',
        '1:157-1:158 "phrases.feeling" must be a list of phrases or { "add": [...], "remove": [...] }.',
      ]);
      assert.deepEqual(parseConfigText(text, 'x').config, { files: ['*.plan.md'], phrases: { vague: { add: [] }, wish: { add: [] } } });
    });

    it('reports a glob that cannot be matched in reasonable time and keeps the others', () => {
      const text = '{ "files": ["**/*.plan.md", "**/*a*a*a*b"], "ignore": ["**/a/**/b/**/c/**"] }';
      assert.deepEqual(problems(text), [
        '1:29-1:42 This glob has 4 "*" in one folder or file name; at most 2 can be matched in reasonable time, such as "*-plan-*.md". The glob is not used.',
        '1:56-1:75 This glob has 4 "**"; at most 2 can be matched in reasonable time, such as "plans/**/*.plan.md". The glob is not used.',
      ]);
      assert.deepEqual(parseConfigText(text, 'x').config, { files: ['**/*.plan.md'], ignore: [] });
    });

    it('keeps the default globs when "files" is empty, and says so', () => {
      assert.deepEqual(problems('{ "files": [] }'), ['1:12-1:14 "files" is empty, so no file would be a plan by its path; the default globs are kept.']);
    });
  });

  describe('rebaseGlobs and layerFor', () => {
    it('prefixes globs with the path from the base folder, negations included', () => {
      assert.deepEqual(rebaseGlobs(['**/*.plan.md', './drafts/**', '!keep.md', '/top.md'], '/repo/team/a', '/repo'), ['team/a/**/*.plan.md', 'team/a/drafts/**', '!team/a/keep.md', 'team/a/top.md']);
      assert.deepEqual(rebaseGlobs(['*.md'], '/repo', '/repo'), ['*.md']);
    });

    it('drops the globs of a config file above the base folder, keeping its rules', () => {
      const file = parseConfigText('{ "files": ["*.md"], "ignore": ["x/**"], "rules": { "vague-goal": "off" } }', '/repo/.mentoring-plans.json');
      assert.deepEqual(layerFor(file, '/repo/sub'), { rules: { 'vague-goal': 'off' } });
    });
  });

  describe('finding config files', () => {
    let root: string;
    beforeEach(() => {
      root = realpathSync(mkdtempSync(path.join(tmpdir(), 'mp-config-')));
      mkdirSync(path.join(root, 'repo', '.git'), { recursive: true });
      mkdirSync(path.join(root, 'repo', 'team', 'leads'), { recursive: true });
      for (const dir of ['', 'repo', 'repo/team']) writeFileSync(path.join(root, dir, '.mentoring-plans.json'), '{}');
    });

    it('walks up to the repository root, farthest first', () => {
      const leads = path.join(root, 'repo', 'team', 'leads');
      assert.deepEqual(findConfigFiles(leads, []), [path.join(root, 'repo', '.mentoring-plans.json'), path.join(root, 'repo', 'team', '.mentoring-plans.json')]);
      assert.deepEqual(searchedFolders(leads, []), [leads, path.join(root, 'repo', 'team'), path.join(root, 'repo')]);
    });

    it('stops at a workspace folder inside the repository', () => {
      const team = path.join(root, 'repo', 'team');
      assert.deepEqual(findConfigFiles(path.join(team, 'leads'), [team]), [path.join(team, '.mentoring-plans.json')]);
    });

    it('stops at a file that says "root": true, and layers nearer over farther', () => {
      writeFileSync(path.join(root, 'repo', '.mentoring-plans.json'), '{ "rules": { "vague-goal": "error", "no-horizon": "off" }, "ignore": ["team/old/**"] }');
      writeFileSync(path.join(root, 'repo', 'team', '.mentoring-plans.json'), '{ "rules": { "vague-goal": "hint" }, "ignore": ["old/**"] }');
      const base = path.join(root, 'repo');
      const { layers } = configLayers(path.join(base, 'team', 'leads'), { stopDirs: [], base });
      assert.deepEqual(layers, [{ rules: { 'vague-goal': 'error', 'no-horizon': 'off' }, ignore: ['team/old/**'] }, { rules: { 'vague-goal': 'hint' }, ignore: ['team/old/**'] }]);
      writeFileSync(path.join(root, 'repo', 'team', '.mentoring-plans.json'), '{ "root": true }');
      assert.deepEqual(configLayers(path.join(base, 'team', 'leads'), { stopDirs: [], base }).layers, [{}]);
    });
  });

  describe('the JSON Schema in the package', () => {
    const schema = JSON.parse(readFileSync(path.resolve(__dirname, '../../schemas/mentoring-plans.schema.json'), 'utf8')) as {
      properties: Record<string, { properties?: Record<string, { enum?: string[]; default?: string }> }>;
    };

    it('knows the keys the checker reads, every rule with its default, and every phrase list', () => {
      assert.deepEqual(Object.keys(schema.properties), ['$schema', 'root', 'files', 'ignore', 'rules', 'phrases']);
      const rules = schema.properties.rules.properties!;
      assert.deepEqual(Object.keys(rules), [...RULE_IDS]);
      for (const id of RULE_IDS) {
        assert.deepEqual(rules[id].enum, [...SEVERITY_SETTINGS]);
        assert.equal(rules[id].default, RULES[id].defaultSeverity);
      }
      assert.deepEqual(Object.keys(schema.properties.phrases.properties!), [...PHRASE_LISTS]);
    });
  });
});
