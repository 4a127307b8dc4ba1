// A PCI health monitor polls from setInterval through a captured Device<Normal> handle only.
import type { pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly poll: NodeJS.Timeout }> = {
  name: 'held9-health-handle',
  idTable: [{ vendor: 0x1d0f, device: 0xec20 }],
  probe(pdev) {
    const handle = pdev.toNormal();
    const poll = setInterval(() => console.log(`health ${handle.name} vendor ${handle.vendorId.toString(16)}`), 30_000);
    return { poll };
  },
};
