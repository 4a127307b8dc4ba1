// A PCI SATA controller calls a same-file generic helper that adjusts one keyed counter of the record it is given: its data's port refcounts.
import type { device, pci } from '@bindsafe/kernel';

type Port = 'p0' | 'p1';

interface SataData {
  readonly refs: Record<Port, number>;
}

function bump<K extends string>(counts: Record<K, number>, key: K, by = -1): number {
  counts[key] += by;
  return counts[key];
}

export const sataDriver: pci.Driver<SataData> = {
  name: 'h8-ahci',
  idTable: [{ vendor: 0x8086, device: 0xa352 }],
  probe(_pdev: pci.Device<device.Core>): SataData {
    const refs: Record<Port, number> = { p0: 0, p1: 0 };
    bump(refs, 'p0', 1);
    return { refs };
  },
  unbind(pdev, data) {
    const left = bump(data.refs, 'p0'); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`h8-ahci: port 0 refs ${left}`);
  },
};
