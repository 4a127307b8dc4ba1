// A helper applies option defaults to the unregistered device; it runs before the move.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuData, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface LabelOptions {
  readonly prefix?: string;
  readonly suffix?: string;
}

function applyDefaults(udev: drm.UnregisteredDevice<GpuDrm>, options: LabelOptions = {}): void {
  const { prefix = 'gpu', suffix = String(Date.now() % 100) } = options;
  const next: GpuData = { ...udev.data, label: `${prefix}-${suffix}` };
  udev.data = next;
}

export const defaultsDriver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-defaults',
  idTable: [{ vendor: 0x10de, device: 0x2214 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-defaults');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: '', regs, submitted: 0 });
    applyDefaults(udev, { prefix: 'held' });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 1 << 20, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    return { reg, regs };
  },
};
