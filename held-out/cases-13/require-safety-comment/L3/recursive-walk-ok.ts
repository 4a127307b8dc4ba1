// An auxiliary bus manager walks its tree of child devices recursively and logs each one; the helper justifies it.
import type { auxiliary } from '@bindsafe/kernel';

export interface ChildNode {
  readonly adev: auxiliary.Device;
  readonly children: readonly ChildNode[];
}

function announce(node: ChildNode, depth: number): number {
  // SAFETY: the tree is built in the parent's probe from children it registered, which stay bound
  // until the parent's driver data drops their registrations.
  node.adev.asRef().unsafeAsBound().info(`${'  '.repeat(depth)}${node.adev.modname}.${node.adev.id}`);
  return node.children.reduce((n, child) => n + announce(child, depth + 1), 1);
}

export function announceTree(root: ChildNode): number {
  return announce(root, 0);
}
