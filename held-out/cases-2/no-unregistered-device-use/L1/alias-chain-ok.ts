// Setup through a chain of aliases, one move, then only the registration's device is used. [class 6]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly label: string }> = {
  name: 'held2-nudu-alias-ok',
  idTable: [{ vendor: 0x10de, device: 0x4012 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nudu-alias-ok');
    const bar = regs.access(pdev.asRef());
    const made = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const a = made,
      b = a;
    b.data.submitted = a.data.submitted + 1;
    const reg = drm.Registration.new(pdev, a, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    return { reg, label: reg.device().name };
  },
};
