// A PCI tuner puts its SAFETY comment above the safe .toNormal() link of a multi-line chain; the unsafe link below has none.
import type { device, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal> }> = {
  name: 'held8-tuner-chain-link',
  idTable: [{ vendor: 0x14f1, device: 0x8880 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    const label = data.handle
      // SAFETY: the tuner is still bound while unbind runs. // expect: bindsafe/require-safety-comment
      .toNormal()
      .unsafeAsBound() // expect: bindsafe/require-safety-comment
      .name;
    data.handle.info(`tuner: detaching ${label}`);
  },
};
