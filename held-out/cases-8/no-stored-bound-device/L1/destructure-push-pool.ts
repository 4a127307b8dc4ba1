// A PCI SATA controller destructures its setup record and pushes the Bar into a module-level pool.
import type { pci } from '@bindsafe/kernel';

const windowPool: pci.Bar[] = [];

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly ports: number }> = {
  name: 'held8-sata-destructure',
  idTable: [{ vendor: 0x8086, device: 0xa102 }],
  probe(pdev) {
    const setup = { bar: pdev.iomapRegion(5, 'ahci').access(pdev.asRef()), ports: 6 };
    const { bar, ports } = setup;
    windowPool.push(bar); // expect: bindsafe/no-stored-bound-device
    return { bar, ports };
  },
};
