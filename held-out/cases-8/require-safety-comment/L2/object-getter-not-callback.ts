// A PCI thermal card writes a status object with a getter; the SAFETY comment above the statement does not reach the getter's body.
import type { device, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal> }> = {
  name: 'held8-thermal-getter',
  idTable: [{ vendor: 0x8086, device: 0x1903 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    const handle = data.handle;
    // SAFETY: read only while unbind runs. // expect: bindsafe/require-safety-comment
    const status = {
      get owner(): string {
        return handle.unsafeAsBound().name; // expect: bindsafe/require-safety-comment
      },
    };
    handle.info(`thermal: released by ${status.owner}`);
  },
};
