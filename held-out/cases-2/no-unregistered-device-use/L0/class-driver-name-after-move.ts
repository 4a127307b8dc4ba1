// A class-based PCI driver reads the unregistered device's name after moving it. [class 4]
import { drm, type device, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Data {
  readonly reg: drm.Registration<GpuDrm>;
}

export class GpuPciDriver implements pci.Driver<Data> {
  readonly name = 'held2-nudu-class';
  readonly idTable = [{ vendor: 0x10de, device: 0x4001 }];
  readonly #probed: string[] = [];

  probe(pdev: pci.Device<device.Core>): Data {
    const regs = pdev.iomapRegion(0, this.name);
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 1 << 20, log: [], counters: {}, pdev, bar }, 0);
    this.#probed.push(udev.name); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  }
}
