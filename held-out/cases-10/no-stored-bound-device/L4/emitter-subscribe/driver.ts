// A PCI hotplug driver subscribes through an imported helper to a shared module EventEmitter with a listener over its BAR.
import type { device, pci } from '@bindsafe/kernel';
import { subscribe } from './lib/index.js';

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-emitter-subscribe',
  idTable: [{ vendor: 0x1af4, device: 0x1043 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-emitter-subscribe').access(pdev.asRef());
    subscribe(bar); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
