import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { deepestExistingFolder } from '../../server/src/node/existing-folder';

describe('deepestExistingFolder', () => {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'mp-folders-')));
  mkdirSync(path.join(root, 'cohort-2027', 'mentees', 'amara'), { recursive: true });

  it('finds the deepest folder that exists under the stop folder, however deep the path', () => {
    const missing = Array.from({ length: 3000 }, (_, i) => `draft-${i}`).join(path.sep);
    assert.equal(deepestExistingFolder(path.join(root, 'cohort-2027', 'mentees', missing), root), path.join(root, 'cohort-2027', 'mentees'));
    assert.equal(deepestExistingFolder(path.join(root, 'cohort-2027', 'mentees', 'amara'), root), path.join(root, 'cohort-2027', 'mentees', 'amara'));
    assert.equal(deepestExistingFolder(path.join(root, 'no-such-cohort', 'mentees'), root), root);
  });

  it('leaves a folder outside the stop folder as it is', () => {
    assert.equal(deepestExistingFolder('/elsewhere/notes', root), '/elsewhere/notes');
  });
});
