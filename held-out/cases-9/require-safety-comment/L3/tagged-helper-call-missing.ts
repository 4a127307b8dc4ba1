// A PCI crypto accelerator defines an @unsafe helper in the same file and calls it from unbind without a SAFETY comment.
import type { device, devres, pci } from '@bindsafe/kernel';

interface AccelData {
  readonly handle: device.Device;
  readonly regs: devres.Devres<pci.Bar>;
}

/**
 * Writes the doorbell through a re-proven bound device.
 * @unsafe The caller must guarantee the device is still bound.
 */
function ringDoorbell(data: Readonly<AccelData>, value: number): void {
  // SAFETY: the contract is the caller's, per the tag above.
  const dev = data.handle.unsafeAsBound();
  data.regs.access(dev).write32(value, 0x100);
}

export const accelDriver: pci.Driver<AccelData> = {
  name: 'h9-accel',
  idTable: [{ vendor: 0x8086, device: 0x4940 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), regs: pdev.iomapRegion(0, 'accel') };
  },
  unbind(_pdev, data) {
    ringDoorbell(data, 0); // expect: bindsafe/require-safety-comment
  },
};
