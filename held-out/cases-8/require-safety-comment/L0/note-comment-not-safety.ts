// A PCI modem justifies unsafeAsBound() with a NOTE: comment instead of SAFETY:, so the call is still missing its comment.
import type { device, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal> }> = {
  name: 'held8-modem-note',
  idTable: [{ vendor: 0x14e4, device: 0x4344 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    // NOTE: still bound here, unbind has not returned yet.
    data.handle.unsafeAsBound().info('modem: hanging up'); // expect: bindsafe/require-safety-comment
  },
};
