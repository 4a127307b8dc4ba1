// The DRM registration is made and forgotten; only the Devres is kept.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-nlr-drm',
  idTable: [{ vendor: 0x10de, device: 0x3003 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nlr-drm');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0); // expect: bindsafe/no-leaked-registration
    return { regs };
  },
};
