// forEach and arrow helpers that set devices up, all before their moves.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly regs: drm.Registration<GpuDrm>[] }> = {
  name: 'held-nudu-foreach-ok',
  idTable: [{ vendor: 0x10de, device: 0x2061 }],
  probe(pdev) {
    const mmio = pdev.iomapRegion(0, 'held-nudu-foreach-ok');
    const bar = mmio.access(pdev.asRef());
    const devs = [drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'a', regs: mmio, submitted: 0 })];
    devs.forEach((u, i) => {
      u.data = { ...u.data, label: `${u.name}${i}` };
    });
    const regs: drm.Registration<GpuDrm>[] = [];
    for (const u of devs) regs.push(drm.Registration.new(pdev, u, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0));
    return { regs };
  },
};
