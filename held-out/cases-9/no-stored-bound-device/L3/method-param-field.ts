// [class 6] A PCI NVMe driver calls a helper that writes the Bar into a field of the id-table info it receives.
import type { pci } from '@bindsafe/kernel';

interface QueueInfo {
  readonly depth: number;
  doorbells?: pci.Bar;
}

function attachDoorbells(target: QueueInfo, bar: pci.Bar): void {
  target.doorbells = bar;
}

export const driver: pci.Driver<{ readonly depth: number }, QueueInfo> = {
  name: 'held9-nvme-attach',
  idTable: [{ vendor: 0x1987, device: 0x5016, info: { depth: 64 } }],
  probe(pdev, info) {
    if (!info) return { depth: 16 };
    attachDoorbells(info, pdev.iomapRegion(0, 'db').access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    return { depth: info.depth };
  },
};
