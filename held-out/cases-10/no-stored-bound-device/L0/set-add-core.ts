// A PCI sensor hub records every probed Device<Core> in a module-level Set.
import type { device, pci } from '@bindsafe/kernel';
const probed = new Set<pci.Device<device.Core>>();
export const count = (): number => probed.size;
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-hub-set',
  idTable: [{ vendor: 0x1af4, device: 0x1064 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-hub-set').access(pdev.asRef());
    probed.add(pdev); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
