// A PCI camera imports an @unsafe logger under another name and calls it from unbind without a SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';
import { logBound as say } from './log.js';

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal> }> = {
  name: 'held8-camera-rename-missing',
  idTable: [{ vendor: 0x1b73, device: 0x1101 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    if (data.handle.name === '') return;
    say(data.handle, 'camera: sensor powered down'); // expect: bindsafe/require-safety-comment
  },
};
