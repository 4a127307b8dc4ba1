// A table of setup steps runs over the unregistered device in a loop, all before the move.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

type Step = (udev: drm.UnregisteredDevice<GpuDrm>) => void;

const steps: Record<string, Step> = {
  label: (udev) => {
    udev.data = { ...udev.data, label: `${udev.name}-steps` };
  },
  reset: (udev) => {
    udev.data.submitted = 0;
  },
};

export const stepsDriver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-steps',
  idTable: [{ vendor: 0x10de, device: 0x2210 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-steps');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'steps', regs, submitted: 9 });
    Object.values(steps).forEach((step) => step(udev));
    const reg = drm.Registration.new(pdev, udev, { vramSize: 1 << 20, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    return { reg, regs };
  },
};
