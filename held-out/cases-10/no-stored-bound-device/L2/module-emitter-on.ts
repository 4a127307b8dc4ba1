// A PCI hotplug slot listens on a module-level EventEmitter with a listener over its BAR.
import type { device, pci } from '@bindsafe/kernel';
import { EventEmitter } from 'node:events';
export const bus = new EventEmitter();
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-hp-emit',
  idTable: [{ vendor: 0x1af4, device: 0x1065 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-hp-emit').access(pdev.asRef());
    bus.on('poll', () => bar.read32(0x10)); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
