// A PCI multi-function card spreads an array literal of its two Bars into a module-level pool.
import type { pci } from '@bindsafe/kernel';

export const pool: pci.Bar[] = [];

export const driver: pci.Driver<{ readonly count: number }> = {
  name: 'held9-multi-spread',
  idTable: [{ vendor: 0x1415, device: 0xc158 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'regs').access(pdev.asRef());
    const fifo = pdev.iomapRegion(1, 'fifo').access(pdev.asRef());
    pool.push(...[regs, fifo]); // expect: bindsafe/no-stored-bound-device
    return { count: 2 };
  },
};
