// A PCI GPU takes the Uninit view of its DRM device for a post-registration sanity check, after the move. [class 8]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const sanityDriver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly checked: boolean }> = {
  name: 'heldgpu-l0-view',
  idTable: [{ vendor: 0x1af4, device: 0x1051 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'heldgpu/bar0');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'sanity', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 64 << 20, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    // SAFETY: an UnregisteredDevice is always at least Uninit.
    const view = udev.assumeCtx(); // expect: bindsafe/no-unregistered-device-use
    const checked = view.data.label === 'sanity';
    return { reg, checked };
  },
};
