// A PCI printer calls an imported safe wrapper around unsafeAsBound(); the wrapper is not @unsafe, so no comment is needed.
import type { device, pci } from '@bindsafe/kernel';
import { ownerName } from './owner.js';

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal> }> = {
  name: 'held8-printer-wrapper',
  idTable: [{ vendor: 0x03f0, device: 0x2b17 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    const owner = ownerName(data.handle, { kind: 'unbinding', reason: 'remove' });
    data.handle.info(`printer: ${owner} offline`);
  },
};
