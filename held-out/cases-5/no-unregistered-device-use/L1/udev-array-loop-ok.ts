// One UnregisteredDevice per head is collected in an array, each is moved exactly once in a for…of, and only the registrations are used afterwards. [class 6]
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const HEADS = ['primary', 'overlay', 'cursor'] as const;

interface MultiHead {
  readonly regs: devres.Devres<pci.Bar>;
  readonly heads: drm.Registration<GpuDrm>[];
}

export const multiHeadDriver: pci.Driver<MultiHead> = {
  name: 'held5c-multihead',
  idTable: [{ vendor: 0x1234, device: 0x1113 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held5c-multihead');
    const bar = regs.access(pdev.asRef());
    const pending: drm.UnregisteredDevice<GpuDrm>[] = [];
    for (const head of HEADS) {
      pending.push(drm.UnregisteredDevice.new(gpuDrm, pdev, { label: head, regs, submitted: 0 }));
    }
    const heads: drm.Registration<GpuDrm>[] = [];
    for (const udev of pending) {
      heads.push(drm.Registration.new(pdev, udev, { vramSize: bar.size / HEADS.length, log: [], counters: {}, pdev, bar }, 0));
    }
    const names = heads.map((h) => h.device().name).join(', ');
    pdev.asRef().info(`held5c-multihead: ${heads.length} heads (${names})`);
    return { regs, heads };
  },
};
