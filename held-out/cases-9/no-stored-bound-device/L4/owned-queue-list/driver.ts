// [class 4] A PCI NIC passes an array probe created (and the driver data keeps) to an imported helper that pushes Bars into it.
import type { pci } from '@bindsafe/kernel';
import { addQueues } from './queues.js';

export const driver: pci.Driver<{ readonly queues: readonly pci.Bar[] }> = {
  name: 'held9-nic-queues',
  idTable: [{ vendor: 0x15b3, device: 0x101d }],
  probe(pdev) {
    const queues: pci.Bar[] = [];
    addQueues(queues, pdev.iomapRegion(0, 'rxq').access(pdev.asRef()), pdev.iomapRegion(2, 'txq').access(pdev.asRef()));
    return { queues };
  },
};
