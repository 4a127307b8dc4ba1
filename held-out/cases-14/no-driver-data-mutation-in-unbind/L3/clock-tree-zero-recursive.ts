// A platform clock driver zeroes the enable counts of its clock tree with a recursive same-file helper called from unbind. [class 6]
import type { platform } from '@bindsafe/kernel';

interface ClockNode { readonly name: string; enables: number; readonly children: readonly ClockNode[] }

function zeroTree(node: ClockNode): void {
  node.enables = 0;
  for (const child of node.children) zeroTree(child);
}

function countEnabled(node: ClockNode): number {
  return (node.enables > 0 ? 1 : 0) + node.children.reduce((n, c) => n + countEnabled(c), 0);
}

class ClockTree {
  readonly root: ClockNode = { name: 'osc', enables: 1, children: [{ name: 'pll0', enables: 1, children: [] }] };
  get enabled(): number {
    return countEnabled(this.root);
  }
}

export const clkTreeDriver: platform.Driver<ClockTree> = {
  name: 'acc-clktree',
  idTable: [{ compatible: 'acme,clktree' }],
  probe: () => new ClockTree(),
  unbind(pdev, data) {
    pdev.asRef().info(`acc-clktree: ${data.enabled} clocks on`);
    zeroTree(data.root); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
