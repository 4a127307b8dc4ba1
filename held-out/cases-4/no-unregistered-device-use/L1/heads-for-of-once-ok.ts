// Two display heads, two UnregisteredDevices: a for…of loop moves each exactly once and the registrations are kept.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface DualHead {
  readonly regs: devres.Devres<pci.Bar>;
  readonly heads: readonly drm.Registration<GpuDrm>[];
}

export const dualHeadDriver: pci.Driver<DualHead> = {
  name: 'held4-dualhead',
  idTable: [{ vendor: 0x1a03, device: 0x2000 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held4-dualhead');
    const bar = regs.access(pdev.asRef());
    const pending = [
      drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'head0', regs, submitted: 0 }),
      drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'head1', regs, submitted: 0 }),
    ];
    const heads: drm.Registration<GpuDrm>[] = [];
    for (const udev of pending) {
      heads.push(drm.Registration.new(pdev, udev, { vramSize: 16 << 20, log: [], counters: {}, pdev, bar }, 0));
    }
    return { regs, heads };
  },
};
