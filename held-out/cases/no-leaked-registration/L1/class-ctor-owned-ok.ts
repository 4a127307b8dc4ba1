// Driver data built through a class constructor with parameter properties. [class 4]
import { auxiliary, drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

class CoreData {
  constructor(
    readonly regs: devres.Devres<pci.Bar>,
    readonly child: auxiliary.Registration,
    private readonly drmReg: drm.Registration<GpuDrm>,
  ) {}
  get drmName(): string {
    return this.drmReg.device().name;
  }
}

export const driver: pci.Driver<CoreData> = {
  name: 'held-nlr-class',
  idTable: [{ vendor: 0x10de, device: 0x3015 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nlr-class');
    const bar = regs.access(pdev.asRef());
    const child = auxiliary.Registration.new(pdev.asRef(), 'gpu-aux', 0, 'held_core');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const drmReg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    return new CoreData(regs, child, drmReg);
  },
};
