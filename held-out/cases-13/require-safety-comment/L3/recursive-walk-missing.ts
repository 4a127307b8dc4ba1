// An auxiliary bus manager walks its tree of child devices recursively and logs each one through an unjustified bound view.
import type { auxiliary } from '@bindsafe/kernel';

export interface ChildNode {
  readonly adev: auxiliary.Device;
  readonly children: readonly ChildNode[];
}

function announce(node: ChildNode, depth: number): number {
  node.adev.asRef().unsafeAsBound().info(`${'  '.repeat(depth)}${node.adev.modname}.${node.adev.id}`); // expect: bindsafe/require-safety-comment
  return node.children.reduce((n, child) => n + announce(child, depth + 1), 1);
}

export function announceTree(root: ChildNode): number {
  return announce(root, 0);
}
