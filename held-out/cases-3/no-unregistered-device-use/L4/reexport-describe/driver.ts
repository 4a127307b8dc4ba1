// The re-exported formatter is given the device after it was moved into the registration.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { labelOf } from './index.js';

export const labelDriver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-label',
  idTable: [{ vendor: 0x10de, device: 0x2216 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-label');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'label', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 1 << 20, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    const label = labelOf(udev); // expect: bindsafe/no-unregistered-device-use
    return { reg, regs, label };
  },
};
