// A PCI tuner's multi-line chain with an unsafe link is covered by the SAFETY comment above its statement.
import type { device, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal> }> = {
  name: 'held8-tuner-chain-stmt',
  idTable: [{ vendor: 0x14f1, device: 0x8881 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    // SAFETY: unbind of this device: it stays bound until we return, and the bound view is not kept.
    const label = data.handle
      .toNormal()
      .unsafeAsBound()
      .name.trim();
    data.handle.info(`tuner: detaching ${label}`);
  },
};
