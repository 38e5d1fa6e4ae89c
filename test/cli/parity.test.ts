// The promise of the CLI: the same folder of plans gives the same findings (rule, file, line, column)
// in CI as in the editor. The language server and the CLI run side by side over each fixture folder.

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { todayIso } from '../../server/src/core/dates';
import { TestClient } from '../support/lsp-client';
import { FIXTURES, runCli, summariseJson, type JsonReport } from './run-cli';

function markdownFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return markdownFiles(full, base);
    return e.name.endsWith('.md') ? [path.relative(base, full).split(path.sep).join('/')] : [];
  });
}

async function serverFindings(root: string): Promise<string[]> {
  const client = new TestClient({ rootPath: root });
  try {
    await client.initialize();
    const out: string[] = [];
    for (const file of markdownFiles(root).sort()) {
      const uri = pathToFileURL(path.join(root, file)).href;
      await client.open(uri, readFileSync(path.join(root, file), 'utf8'));
      for (const d of await client.diagnosticsFor(uri, 1)) out.push(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)}`);
    }
    return out;
  } finally {
    await client.shutdown();
  }
}

describe('the CLI and the language server agree', () => {
  for (const folder of ['programme', 'inline']) {
    it(`on the ${folder} folder: same rule, file, line and column for every finding`, async () => {
      const root = path.join(FIXTURES, folder);
      // The server checks against the real date; so does the CLI here.
      const cli = summariseJson(JSON.parse(runCli(['check', '-f', 'json', '--today', todayIso()], root).stdout) as JsonReport);
      const server = await serverFindings(root);
      assert.ok(cli.length > 0);
      assert.deepEqual(server, cli);
    });
  }
});
