// A PCI lane controller re-binds each lane handle inside a forEach callback without a SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly lanes: device.Device<device.Normal>[] }> = {
  name: 'held8-lanes-foreach',
  idTable: [{ vendor: 0x1d87, device: 0x3566 }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    return { lanes: [handle, handle, handle, handle] };
  },
  unbind(_pdev, data) {
    data.lanes.forEach((lane, i) => {
      const bound = lane.unsafeAsBound(); // expect: bindsafe/require-safety-comment
      bound.info(`lanes: lane ${i} parked`);
    });
  },
};
