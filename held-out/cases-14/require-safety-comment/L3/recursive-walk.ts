// An auxiliary bus hub prints its device tree with a recursive same-file helper that names bound children bare. [class 3]
import type { device } from '@bindsafe/kernel';

export interface HubNode {
  readonly dev: device.Device;
  readonly children?: readonly HubNode[];
}

const walk = (node: HubNode, depth = 0): string[] => [
  `${'  '.repeat(depth)}${node.dev.unsafeAsBound().name}`, // expect: bindsafe/require-safety-comment
  ...(node.children ?? []).flatMap((c) => walk(c, depth + 1)),
];

export const dumpTree = (root: HubNode): string => walk(root).join('\n');
