import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createNodeHost } from '../../../server/src/node/node-host';
import { deepestExistingFolder } from '../../../server/src/service/existing-folder';

const uri = (p: string): string => pathToFileURL(p).href;

describe('deepestExistingFolder', () => {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'mp-folders-')));
  mkdirSync(path.join(root, 'cohort-2027', 'mentees', 'amara'), { recursive: true });
  const host = createNodeHost({ info: () => undefined, warn: () => undefined, error: () => undefined });
  const exists = async (folder: string): Promise<boolean> => (await host.stat(folder)) !== undefined;

  it('finds the deepest folder that exists under the stop folder, however deep the path', async () => {
    const missing = Array.from({ length: 3000 }, (_, i) => `draft-${i}`).join(path.sep);
    assert.equal(await deepestExistingFolder(uri(path.join(root, 'cohort-2027', 'mentees', missing)), uri(root), exists), uri(path.join(root, 'cohort-2027', 'mentees')));
    assert.equal(await deepestExistingFolder(uri(path.join(root, 'cohort-2027', 'mentees', 'amara')), uri(root), exists), uri(path.join(root, 'cohort-2027', 'mentees', 'amara')));
    assert.equal(await deepestExistingFolder(uri(path.join(root, 'no-such-cohort', 'mentees')), uri(root), exists), uri(root));
  });

  it('leaves a folder outside the stop folder as it is', async () => {
    assert.equal(await deepestExistingFolder('file:///elsewhere/notes', uri(root), exists), 'file:///elsewhere/notes');
  });
});
