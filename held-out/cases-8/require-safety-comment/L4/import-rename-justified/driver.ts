// A PCI camera imports an @unsafe logger under another name and calls it from unbind with a SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';
import { logBound as say } from './log.js';

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal> }> = {
  name: 'held8-camera-rename-ok',
  idTable: [{ vendor: 0x1b73, device: 0x1100 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    // SAFETY: unbind of this device; it is bound until the callback returns.
    say(data.handle, 'camera: sensor powered down');
  },
};
