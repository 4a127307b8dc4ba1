// A thermal platform driver's unbind has its SAFETY comment separated from the unsafe call by a blank line.
import type { device, platform } from '@bindsafe/kernel';

interface ThermData {
  readonly handle: device.Device<device.Normal>;
  readonly io: platform.IoMem;
}

export const driver: platform.Driver<ThermData> = {
  name: 'held-therm-gap',
  idTable: [{ compatible: 'vendor,therm-gap' }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), io: pdev.iomapResource(0).access(pdev.asRef()) };
  },
  unbind(_pdev, data) {
    // SAFETY: unbind runs while the device is still bound to this driver. // expect: bindsafe/require-safety-comment

    const bound = data.handle.unsafeAsBound(); // expect: bindsafe/require-safety-comment
    bound.info(`trip at ${data.io.read32(0x10)}`);
  },
};
