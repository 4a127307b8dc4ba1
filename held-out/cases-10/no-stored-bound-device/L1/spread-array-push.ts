// A PCI switch spreads an array literal of its BARs into a module pool.
import type { device, pci } from '@bindsafe/kernel';
const pool: pci.Bar[] = [];
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-sw-spread',
  idTable: [{ vendor: 0x1af4, device: 0x1064 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-sw-spread').access(pdev.asRef());
    const aux = pdev.iomapRegion(1, 'aux').access(pdev.asRef());
    pool.push(...[bar, aux]); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
