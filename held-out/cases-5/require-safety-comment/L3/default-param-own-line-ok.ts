// A same-file helper's default parameter value makes the unsafe call; the SAFETY comment is on the line directly above that parameter.
import type { device, devres, platform } from '@bindsafe/kernel';

export class SdhciData implements Disposable {
  constructor(
    readonly handle: platform.Device,
    readonly mem: devres.Devres<platform.IoMem>,
  ) {}

  [Symbol.dispose](): void {
    powerOff(this);
  }
}

function powerOff(
  data: SdhciData,
  // SAFETY: powerOff() runs only from the driver data's destructor, during unbind, while the device is still bound.
  dev: device.Device<device.Bound> = data.handle.asRef().unsafeAsBound(),
): void {
  data.mem.access(dev).write32(0x0, 0x29);
}

export const sdhciDriver: platform.Driver<SdhciData> = {
  name: 'held-sdhci',
  idTable: [{ compatible: 'arasan,sdhci-5.1' }],
  probe(pdev) {
    const data = new SdhciData(pdev.toNormal(), pdev.iomapResource(0));
    data.mem.access(pdev.asRef()).write32(0xf, 0x29);
    return data;
  },
};
