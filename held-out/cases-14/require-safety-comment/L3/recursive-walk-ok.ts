// An auxiliary bus hub prints its device tree with a recursive same-file helper whose bound names are justified. [class 3]
import type { device } from '@bindsafe/kernel';

export interface HubNode {
  readonly dev: device.Device;
  readonly children?: readonly HubNode[];
}

/** Runs only from the hub's destructor: children unbind after their parent's driver data is dropped. */
const walk = (node: HubNode, depth = 0): string[] => [
  // SAFETY: the hub and its children are bound while the hub's driver data is dropped.
  `${'  '.repeat(depth)}${node.dev.unsafeAsBound().name}`,
  ...(node.children ?? []).flatMap((c) => walk(c, depth + 1)),
];

export const dumpTree = (root: HubNode): string => walk(root).join('\n');
