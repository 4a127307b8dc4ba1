// Two registrations of the same unregistered device in one array literal. [class 8]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm, type GpuRegData } from '../../../cases/_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly regs: drm.Registration<GpuDrm>[] }> = {
  name: 'held2-nudu-twice',
  idTable: [{ vendor: 0x10de, device: 0x4002 }],
  probe(pdev) {
    const res = pdev.iomapRegion(0, 'held2-nudu-twice');
    const bar = res.access(pdev.asRef());
    const regData = (): GpuRegData => ({ vramSize: 0, log: [], counters: {}, pdev, bar });
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs: res, submitted: 0 });
    const regs = [
      drm.Registration.new(pdev, udev, regData(), 0),
      drm.Registration.new(pdev, udev, regData(), 1), // expect: bindsafe/no-unregistered-device-use
    ];
    return { regs };
  },
};
