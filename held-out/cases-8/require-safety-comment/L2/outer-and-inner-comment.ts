// A PCI lane controller has SAFETY comments both above the outer statement and inside the callback: the outer one covers nothing.
import type { device, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly lanes: device.Device<device.Normal>[] }> = {
  name: 'held8-lanes-both',
  idTable: [{ vendor: 0x1d87, device: 0x3568 }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    return { lanes: [handle, handle] };
  },
  unbind(_pdev, data) {
    // SAFETY: the lanes are bound during unbind. // expect: bindsafe/require-safety-comment
    const total = data.lanes.reduce((sum, lane) => {
      // SAFETY: the lane is this device, bound until unbind returns.
      const bound = lane.unsafeAsBound();
      return sum + bound.name.length;
    }, 0);
    data.lanes[0]?.info(`lanes: ${total}`);
  },
};
