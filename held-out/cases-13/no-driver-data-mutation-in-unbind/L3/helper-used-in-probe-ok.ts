// A PCI switch resets its port tree with a recursive helper in probe only; unbind walks it with a read-only generator
import type { devres, pci } from '@bindsafe/kernel';

interface PortNode {
  readonly name: string;
  errors: number;
  readonly children: PortNode[];
}

interface SwitchData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly tree: PortNode;
}

function zeroTree(node: PortNode): void {
  node.errors = 0;
  node.children.forEach(zeroTree);
}

function* walk(node: Readonly<PortNode>): Generator<Readonly<PortNode>> {
  yield node;
  for (const child of node.children) yield* walk(child);
}

export const switchOk: pci.Driver<SwitchData> = {
  name: 'pcie-switch-ok',
  idTable: [{ vendor: 0x10b5, device: 0x8748 }],
  probe(pdev) {
    const tree: PortNode = { name: 'up', errors: 7, children: [{ name: 'd0', errors: 1, children: [] }] };
    zeroTree(tree);
    return { bar: pdev.iomapRegion(0, 'pcie-switch-ok'), tree };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x0);
    const faulty = [...walk(data.tree)].filter((n) => n.errors > 0).map((n) => n.name);
    pdev.asRef().info(`pcie-switch: faulty ports ${faulty.join(',') || 'none'}`);
  },
};
