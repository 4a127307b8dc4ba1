// The unregistered device is set up with a spread of defaults before the move; afterwards only reg.device() is used.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuData, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const setupDriver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-setup',
  idTable: [{ vendor: 0x10de, device: 0x2208 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-setup');
    const defaults: GpuData = { label: 'gpu', regs, submitted: 0 };
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, defaults);
    udev.data = { ...udev.data, label: `${udev.name}-${pdev.revision}` };
    udev.data.submitted = 1;
    const reg = drm.Registration.new(pdev, udev, { vramSize: 1 << 20, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    pdev.asRef().info(`registered ${reg.device().name} as ${reg.device().data.label}`);
    return { reg, regs };
  },
};
