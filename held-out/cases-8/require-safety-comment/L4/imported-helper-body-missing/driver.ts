// A PCI printer calls an imported safe helper whose own body lacks a SAFETY comment: the finding is in the helper module.
import type { device, pci } from '@bindsafe/kernel';
import { ownerName } from './owner.js';

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal> }> = {
  name: 'held8-printer-helper-missing',
  idTable: [{ vendor: 0x03f0, device: 0x2b18 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    data.handle.info(`printer: ${ownerName(data.handle)} offline`);
  },
};
