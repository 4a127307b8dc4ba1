// A PCI switch zeroes the counters of its port tree through a recursive same-file helper
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

function zeroTree(node: PortNode): number {
  const before = node.errors;
  node.errors = 0;
  return node.children.reduce((sum, child) => sum + zeroTree(child), before);
}

export const pcieSwitch: pci.Driver<SwitchData> = {
  name: 'pcie-switch',
  idTable: [{ vendor: 0x10b5, device: 0x8747 }],
  probe(pdev) {
    const leaf = (name: string): PortNode => ({ name, errors: 0, children: [] });
    return { bar: pdev.iomapRegion(0, 'pcie-switch'), tree: { name: 'up', errors: 0, children: [leaf('d0'), leaf('d1')] } };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x0);
    const cleared = zeroTree(data.tree); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`pcie-switch: ${cleared} errors cleared`);
  },
};
