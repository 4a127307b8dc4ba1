// A PCI SMBus adapter writes a .then() chain whose callback re-binds the handle; the SAFETY comment above the statement covers it.
import type { device, pci } from '@bindsafe/kernel';
import { pause } from '../../../cases/_shared/timing.js';

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal> }> = {
  name: 'held8-smbus-then',
  idTable: [{ vendor: 0x8086, device: 0xa323 }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    // SAFETY: the adapter stays bound for the short settle delay after probe; the bound view is not kept.
    void pause(5).then(() => handle.unsafeAsBound().info('smbus: settled'));
    return { handle };
  },
};
