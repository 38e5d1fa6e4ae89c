// How stylish wraps a message to the width: at spaces, whitespace runs as one space, long words whole.

import { strict as assert } from 'node:assert';
import { wrap } from '../../server/src/cli/formats/stylish';

describe('stylish: wrapping a message', () => {
  it('wraps at spaces; runs of spaces and line breaks become one space; a word longer than the width keeps its own line', () => {
    assert.deepEqual(wrap('Ask  who else\nwants this goal', 12), ['Ask who else', 'wants this', 'goal']);
    assert.deepEqual(wrap(' See docs/rules/broken-why-link.md for more ', 10), ['See', 'docs/rules/broken-why-link.md', 'for more']);
    assert.deepEqual(wrap('Short enough.', 80), ['Short enough.']);
    assert.deepEqual(wrap('', 80), ['']);
  });
});
