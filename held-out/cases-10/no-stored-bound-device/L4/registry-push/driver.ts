// A PCI NIC hands its BAR to a barrel-exported helper that pushes it into the helper module's list.
import type { device, pci } from '@bindsafe/kernel';
import { register } from './lib/index.js';

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-registry-push',
  idTable: [{ vendor: 0x1af4, device: 0x1065 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-registry-push').access(pdev.asRef());
    register(bar); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
