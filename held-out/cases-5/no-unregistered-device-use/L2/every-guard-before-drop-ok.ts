// A drain routine checks every head inside withUnbindGuard callbacks of an every(), then drops them all; nothing touches a device after the drop. [class 5]
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Cluster {
  readonly regs: devres.Devres<pci.Bar>;
  readonly heads: readonly drm.Registration<GpuDrm>[];
}

export const clusterDriver: pci.Driver<Cluster> = {
  name: 'held5c-cluster',
  idTable: [{ vendor: 0x1af4, device: 0x1140 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held5c-cluster');
    const bar = regs.access(pdev.asRef());
    const a = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'a', regs, submitted: 0 });
    const b = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'b', regs, submitted: 0 });
    const heads = [
      drm.Registration.new(pdev, a, { vramSize: bar.size / 2, log: [], counters: {}, pdev, bar }, 0),
      drm.Registration.new(pdev, b, { vramSize: bar.size / 2, log: [], counters: {}, pdev, bar }, 0),
    ];
    return { regs, heads };
  },
};

export async function drainCluster(data: Readonly<Cluster>): Promise<boolean> {
  const healthy = data.heads.every((reg) => reg.device().withUnbindGuard((parent) => parent.vendorId === 0x1af4) ?? false);
  await Promise.all(data.heads.map((reg) => reg.drop()));
  return healthy;
}
