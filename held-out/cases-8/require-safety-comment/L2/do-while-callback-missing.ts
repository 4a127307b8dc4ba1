// A PCI tape drive polls in a do/while inside a hotplug listener and re-binds its handle there without a SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal> }> = {
  name: 'held8-tape-do-while',
  idTable: [{ vendor: 0x1077, device: 0x2532 }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    hotplugEvents.on('rescan', (attempts: number) => {
      let left = attempts;
      do {
        left--;
      } while (left > 0 && handle.unsafeAsBound().name === ''); // expect: bindsafe/require-safety-comment
    });
    return { handle };
  },
};
