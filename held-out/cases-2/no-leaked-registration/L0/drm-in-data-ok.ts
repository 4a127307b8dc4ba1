// The DRM registration is owned by the driver data under a computed key. [class 4]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const KEY = 'primary' as const;

export const driver: pci.Driver<{ readonly [KEY]: drm.Registration<GpuDrm> }> = {
  name: 'held2-nlr-computed',
  idTable: [{ vendor: 0x8086, device: 0x5004 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nlr-computed');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    return { [KEY]: drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0) };
  },
};
