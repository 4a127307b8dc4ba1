// A PCI GPU opens a file on its DRM device to warm up the file-data allocator before registering it. [class 8]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const warmupDriver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly warmFile: number }> = {
  name: 'heldgpu-l0-warm',
  idTable: [{ vendor: 0x1af4, device: 0x1052 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'heldgpu/bar0');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'warm', regs, submitted: 0 });
    // SAFETY: the file allocator does not touch the registration.
    const warm = udev.assumeCtx<drm.Registered>().openFile(); // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(pdev, udev, { vramSize: 32 << 20, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    return { reg, warmFile: warm.inner().id };
  },
};
