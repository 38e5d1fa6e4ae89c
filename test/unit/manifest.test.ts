// The extension manifest and the config-file schema must agree with the code: rule ids and default
// severities from the catalogue, the commands the client registers, and the files the package and the .vsix ship.

import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { RULE_IDS, RULES, SEVERITY_SETTINGS } from '../../server/src/data/catalogue';
import { PHRASE_LISTS } from '../../server/src/node/config-file';

const ROOT = path.resolve(__dirname, '../..');

interface SeverityProperty {
  readonly enum: readonly string[];
  readonly default: string;
}
interface Manifest {
  readonly main: string;
  readonly icon: string;
  readonly files?: readonly string[];
  readonly activationEvents: readonly string[];
  readonly contributes: {
    readonly configuration: { readonly properties: Record<string, { readonly default?: unknown; readonly properties?: Record<string, SeverityProperty> }> };
    readonly commands: readonly { readonly command: string }[];
    readonly viewsContainers: { readonly activitybar: readonly { readonly icon: string }[] };
    readonly snippets: readonly { readonly language: string; readonly path: string }[];
    readonly grammars: readonly { readonly path: string; readonly scopeName: string }[];
    readonly jsonValidation: readonly { readonly fileMatch: string; readonly url: string }[];
    readonly walkthroughs: readonly { readonly steps: readonly { readonly media: { readonly markdown: string } }[] }[];
  };
}
interface Schema {
  readonly properties: {
    readonly rules: { readonly properties: Record<string, SeverityProperty> };
    readonly phrases: { readonly properties: Record<string, unknown> };
  };
}

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
const schemaPath = manifest.contributes.jsonValidation[0]?.url ?? '';
const schema = JSON.parse(readFileSync(path.join(ROOT, schemaPath), 'utf8')) as Schema;

function assertRuleSeverities(properties: Record<string, SeverityProperty> | undefined, where: string): void {
  assert.ok(properties, where);
  assert.deepEqual(Object.keys(properties), [...RULE_IDS], `${where}: every rule id, in catalogue order`);
  for (const id of RULE_IDS) {
    assert.deepEqual(properties[id]?.enum, SEVERITY_SETTINGS, `${where}.${id} severities`);
    assert.equal(properties[id]?.default, RULES[id].defaultSeverity, `${where}.${id} default`);
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** Whether the package's `files` list (used by npm and vsce alike) ships a file: a pattern matches it, or a folder holding it. */
function shippedByFiles(file: string): boolean {
  return (manifest.files ?? []).some((pattern) => picomatch.isMatch(file, pattern, { dot: true }) || file.startsWith(`${pattern.replace(/\/$/, '')}/`));
}

describe('extension manifest', () => {
  it('offers a severity setting for every rule with the catalogue default', () => {
    assertRuleSeverities(manifest.contributes.configuration.properties['mentoringPlans.rules']?.properties, 'mentoringPlans.rules');
  });

  it('defaults mentoringPlans.files to the checker\'s default globs', () => {
    assert.deepEqual(manifest.contributes.configuration.properties['mentoringPlans.files']?.default, DEFAULT_CONFIG.files);
  });

  it('activates on markdown only', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown']);
  });

  it('contributes exactly the commands the client registers', () => {
    const source = sourceFiles(path.join(ROOT, 'client/src')).map((f) => readFileSync(f, 'utf8')).join('\n');
    const registered = new Set([...source.matchAll(/'(mentoringPlans\.[A-Za-z]+)'/g)].map((m) => m[1]));
    const contributed = manifest.contributes.commands.map((c) => c.command);
    for (const id of contributed) assert.ok(registered.has(id), `${id} is contributed but the client never names it`);
    for (const id of registered) assert.ok(contributed.includes(id), `${id} is in the client but not contributed`);
  });

  it('ships every file it references, and nothing from the sources', () => {
    const referenced = [
      manifest.main,
      manifest.icon,
      'dist/server.js',
      schemaPath,
      ...manifest.contributes.snippets.map((s) => s.path),
      ...manifest.contributes.grammars.map((g) => g.path),
      ...manifest.contributes.walkthroughs.flatMap((w) => w.steps.map((step) => step.media.markdown)),
      ...manifest.contributes.viewsContainers.activitybar.map((c) => c.icon),
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
    ].map((p) => path.posix.normalize(p));
    for (const file of referenced) {
      if (!file.startsWith('dist/')) assert.ok(existsSync(path.join(ROOT, file)), `${file} exists`);
      assert.ok(shippedByFiles(file), `${file} is in the package`);
    }
    for (const file of ['client/src/extension.ts', 'server/src/server.ts', 'test/e2e/run-code-server.ts', 'dist/e2e/index.js', 'dist/server.js.map', 'node_modules/yaml/package.json', 'docs/screenshot.png']) {
      assert.ok(!shippedByFiles(file), `${file} stays out of the package`);
    }
  });
});

describe('config file schema', () => {
  it('lists every rule with the catalogue default', () => {
    assertRuleSeverities(schema.properties.rules.properties, 'rules');
  });

  it('lists the phrase lists the config file accepts', () => {
    assert.deepEqual(Object.keys(schema.properties.phrases.properties).sort(), [...PHRASE_LISTS].sort());
  });
});
