// [class 7] A PCI Thunderbolt bridge subscribes to hotplug events through an imported helper that registers a Bar-capturing listener.
import type { pci } from '@bindsafe/kernel';
import { onSurprise } from './events/bus.js';

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held9-tbt-hotplug',
  idTable: [{ vendor: 0x8086, device: 0x15d3 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'nhi').access(pdev.asRef());
    onSurprise(bar, 0x39944); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
