// How deep block quotes and list items nest in a tree, for tests of the bounded parse.

import type { Nodes } from 'mdast';

/** The deepest run of block quotes and list items in a tree, walked without recursion. */
export function containerDepth(tree: Nodes): number {
  let deepest = 0;
  const stack: [Nodes, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const here = depth + (node.type === 'blockquote' || node.type === 'listItem' ? 1 : 0);
    deepest = Math.max(deepest, here);
    if ('children' in node) for (const child of node.children) stack.push([child, here]);
  }
  return deepest;
}
