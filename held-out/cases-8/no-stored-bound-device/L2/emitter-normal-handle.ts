// A PCI Wi-Fi card listens on the shared hotplug bus with a listener capturing only its Device<Normal> handle.
import type { pci } from '@bindsafe/kernel';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held8-wifi-handle',
  idTable: [{ vendor: 0x8086, device: 0x2723 }],
  probe(pdev) {
    const handle = pdev.toNormal();
    hotplugEvents.on('rescan', () => console.log(`rescan for ${handle.name}, vendor ${handle.vendorId}`));
    return { bar: pdev.iomapRegion(0, 'wifi').access(pdev.asRef()) };
  },
};
