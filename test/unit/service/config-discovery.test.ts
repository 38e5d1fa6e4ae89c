// Config files found through the host, layered nearest over farthest, and watched: a config file
// created in a folder a plan's search passed through is read again.

import { strict as assert } from 'node:assert';
import { ConfigDiscovery } from '../../../server/src/service/config-discovery';
import { MemoryHost } from '../../support/memory-host';

const WS = 'file:///work/mentoring';

function discovery(host: MemoryHost, open: Record<string, string> = {}, onDiskChange: (uri: string) => void = () => undefined): ConfigDiscovery {
  return new ConfigDiscovery({ host, folders: () => [WS], openText: (uri) => open[uri], onRead: () => undefined, onDiskChange });
}

describe('service: config discovery', () => {
  it('layers the config files from the workspace folder down, globs rewritten to the folder', async () => {
    const host = new MemoryHost({
      [`${WS}/.mentoring-plans.json`]: '{ "rules": { "no-stretch": "off" } }',
      [`${WS}/cohort-2026/.mentoring-plans.json`]: '// the spring cohort\n{ "files": ["*.md"], "rules": { "no-stretch": "hint" } }',
      [`${WS}/cohort-2026/tomas.md`]: '# Tomás',
    });
    assert.deepEqual(await discovery(host).layersFor(`${WS}/cohort-2026/tomas.md`), [{ rules: { 'no-stretch': 'off' } }, { files: ['cohort-2026/*.md'], rules: { 'no-stretch': 'hint' } }]);
  });

  it('stops at a config file that says "root": true, and at a repository root', async () => {
    const host = new MemoryHost({
      [`${WS}/.mentoring-plans.json`]: '{ "rules": { "no-stretch": "off" } }',
      [`${WS}/guild/.mentoring-plans.json`]: '{ "root": true, "rules": { "wish-goal": "error" } }',
      [`${WS}/guild/lena.plan.md`]: '# Lena',
      [`${WS}/vendored/.git/HEAD`]: 'ref: refs/heads/main',
      [`${WS}/vendored/kofi.plan.md`]: '# Kofi',
    });
    const found = discovery(host);
    assert.deepEqual(await found.layersFor(`${WS}/guild/lena.plan.md`), [{ rules: { 'wish-goal': 'error' } }]);
    assert.deepEqual(await found.layersFor(`${WS}/vendored/kofi.plan.md`), []);
  });

  it('counts a config file open in the editor before it is saved', async () => {
    const host = new MemoryHost({ [`${WS}/ana.plan.md`]: '# Ana' });
    const open = { [`${WS}/.mentoring-plans.json`]: '{ "rules": { "missing-replaces": "off" } }' };
    assert.deepEqual(await discovery(host, open).layersFor(`${WS}/ana.plan.md`), [{ rules: { 'missing-replaces': 'off' } }]);
  });

  it('reports an unreadable config file as one problem on the file', async () => {
    const host = new MemoryHost({ [`${WS}/.mentoring-plans.json`]: '{ "rules": [] }', [`${WS}/ana.plan.md`]: '# Ana' });
    const file = await discovery(host).read(`${WS}/.mentoring-plans.json`);
    assert.deepEqual(
      file.problems.map((p) => `${p.line}:${p.column} ${p.message}`),
      ['1:12 "rules" must be an object of rule ids and severities, such as { "missing-replaces": "off" }.'],
    );
  });

  it('watches the folders it searched and reads a config file created there again', async () => {
    const host = new MemoryHost({ [`${WS}/team/ines.plan.md`]: '# Inês' });
    let found!: ConfigDiscovery;
    const changed = new Promise<string>((resolve) => {
      found = discovery(host, {}, resolve);
      void found.layersFor(`${WS}/team/ines.plan.md`).then((layers) => {
        assert.deepEqual(layers, []);
        assert.ok(host.watching(`${WS}/team`) && host.watching(WS));
        host.write(`${WS}/team/.mentoring-plans.json`, '{ "rules": { "past-due": "error" } }');
      });
    });
    assert.equal(await changed, `${WS}/team/.mentoring-plans.json`);
    assert.deepEqual(await found.layersFor(`${WS}/team/ines.plan.md`), [{ rules: { 'past-due': 'error' } }]);
    found.dispose();
  });
});
