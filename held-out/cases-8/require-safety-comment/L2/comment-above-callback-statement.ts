// A PCI lane controller's SAFETY comment above the statement that writes an expression-bodied callback covers the call in it.
import type { device, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly lanes: device.Device<device.Normal>[] }> = {
  name: 'held8-lanes-outer',
  idTable: [{ vendor: 0x1d87, device: 0x3567 }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    return { lanes: [handle, handle] };
  },
  unbind(_pdev, data) {
    // SAFETY: every lane handle is this device, bound until unbind returns.
    const names = data.lanes.map((lane) => lane.unsafeAsBound().name);
    data.lanes[0]?.info(`lanes: parked ${names.join(',')}`);
  },
};
