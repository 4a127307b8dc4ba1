// Several devices, each registered once through map(); only registrations used afterwards.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly regs: readonly drm.Registration<GpuDrm>[] }> = {
  name: 'held-nudu-array-ok',
  idTable: [{ vendor: 0x10de, device: 0x2051 }],
  probe(pdev) {
    const mmio = pdev.iomapRegion(0, 'held-nudu-array-ok');
    const bar = mmio.access(pdev.asRef());
    const devs = ['card', 'render'].map((label) => drm.UnregisteredDevice.new(gpuDrm, pdev, { label, regs: mmio, submitted: 0 }));
    for (const u of devs) u.data.submitted = 0;
    const regs = devs.map((u) => drm.Registration.new(pdev, u, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0));
    regs.forEach((r) => pdev.asRef().info(r.device().name));
    return { regs };
  },
};
