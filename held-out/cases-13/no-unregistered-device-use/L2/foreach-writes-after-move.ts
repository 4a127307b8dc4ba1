// A PCI GPU registers its DRM device, then folds per-ring budgets into the moved device's data in a forEach callback. [class 7]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const RING_BUDGETS = [4, 8, 16] as const;

export const budgetDriver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm> }> = {
  name: 'heldgpu-l2-foreach',
  idTable: [{ vendor: 0x1af4, device: 0x1080 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'heldgpu/bar0');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'budget', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 64 << 20, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    RING_BUDGETS.forEach((budget) => {
      udev.data.submitted += budget; // expect: bindsafe/no-unregistered-device-use
    });
    return { reg };
  },
};
