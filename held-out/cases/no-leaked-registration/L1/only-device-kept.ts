// Only reg.device() reaches the driver data; the registration itself is forgotten.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDevice } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly drm: GpuDevice }> = {
  name: 'held-nlr-device-only',
  idTable: [{ vendor: 0x10de, device: 0x3010 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nlr-device-only');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0); // expect: bindsafe/no-leaked-registration
    return { drm: reg.device() };
  },
};
