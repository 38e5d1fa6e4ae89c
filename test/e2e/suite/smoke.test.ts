import * as assert from 'node:assert/strict';
import { activeExtension, open, waitForDiagnostics } from './helpers';

describe('smoke', () => {
  it('activates and reports', async () => {
    await activeExtension();
    const editor = await open('plans/mac.plan.md');
    const d = await waitForDiagnostics(editor.document.uri, (x) => x.length > 0, 'any');
    assert.ok(d.length > 0);
  });
});
