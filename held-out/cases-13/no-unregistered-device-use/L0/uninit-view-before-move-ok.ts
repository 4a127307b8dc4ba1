// A PCI GPU checks its DRM device's private data through the Uninit view before moving it into the registration. [class 8]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const sanityDriver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly checked: boolean }> = {
  name: 'heldgpu-l0-view-ok',
  idTable: [{ vendor: 0x1af4, device: 0x1061 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'heldgpu/bar0');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'sanity', regs, submitted: 0 });
    // SAFETY: an UnregisteredDevice is always at least Uninit.
    const view = udev.assumeCtx();
    const checked = view.data.label === 'sanity';
    const reg = drm.Registration.new(pdev, udev, { vramSize: 64 << 20, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    return { reg, checked };
  },
};
