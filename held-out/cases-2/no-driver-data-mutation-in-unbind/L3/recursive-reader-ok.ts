// A recursive helper walks a tree the data holds and only counts its nodes. [class 7]
import type { platform } from '@bindsafe/kernel';

interface Node {
  readonly name: string;
  readonly children: Node[];
}

function count(n: Node): number {
  return 1 + n.children.reduce((acc, c) => acc + count(c), 0);
}

export const driver: platform.Driver<{ readonly tree: Node }> = {
  name: 'held2-nddm-tree',
  idTable: [{ compatible: 'held2,tree' }],
  probe(pdev) {
    return { tree: { name: pdev.compatible, children: [{ name: 'leaf', children: [] }] } };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`${count(data.tree)} nodes`);
  },
};
