// A PCI tape library passes an arrow that re-binds its handle to an imported retry helper, with no SAFETY comment anywhere.
import type { device, pci } from '@bindsafe/kernel';
import { withRetry } from './retry.js';

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal> }> = {
  name: 'held8-tapelib-retry',
  idTable: [{ vendor: 0x1077, device: 0x2261 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    const owner = withRetry((attempt) => `${data.handle.unsafeAsBound().name}#${attempt}`); // expect: bindsafe/require-safety-comment
    data.handle.info(`tapelib: ${owner} unloaded`);
  },
};
