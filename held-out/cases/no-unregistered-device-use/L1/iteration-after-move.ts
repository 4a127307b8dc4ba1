// Iterating over the list of devices after each was moved. [class 6]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly regs: drm.Registration<GpuDrm>[] }> = {
  name: 'held-nudu-iter',
  idTable: [{ vendor: 0x10de, device: 0x2013 }],
  probe(pdev) {
    const mmio = pdev.iomapRegion(0, 'held-nudu-iter');
    const bar = mmio.access(pdev.asRef());
    const devs = [0, 1].map((i) => drm.UnregisteredDevice.new(gpuDrm, pdev, { label: `node${i}`, regs: mmio, submitted: 0 }));
    const regs = devs.map((u) => drm.Registration.new(pdev, u, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0));
    for (const u of devs) {
      pdev.asRef().info(`node ${u.name}`); // expect: bindsafe/no-unregistered-device-use
    }
    return { regs };
  },
};
