// The driver data is a class whose [Symbol.asyncDispose] drops the DRM registration it holds in a public field. [class 1]
import { drm, type device, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

class Scanout implements AsyncDisposable {
  constructor(
    readonly display: drm.Registration<GpuDrm>,
    readonly heads: number,
  ) {}

  async [Symbol.asyncDispose](): Promise<void> {
    await this.display.drop();
  }
}

export const scanoutDriver: pci.Driver<Scanout, { heads: number }> = {
  name: 'held5c-scanout',
  idTable: [{ vendor: 0x1b36, device: 0x0100, info: { heads: 2 } }],
  probe(pdev: pci.Device<device.Core>, info) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held5c-scanout');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'scanout', regs, submitted: 0 });
    const bar = regs.access(pdev.asRef());
    const display = drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0);
    return new Scanout(display, info?.heads ?? 1);
  },
};
