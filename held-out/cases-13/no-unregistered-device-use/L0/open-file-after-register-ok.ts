// A PCI GPU warms up its file-data allocator by opening a file on the registered device, right after registration.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const warmupDriver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly warmFile: number }> = {
  name: 'heldgpu-l0-warm-ok',
  idTable: [{ vendor: 0x1af4, device: 0x1062 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'heldgpu/bar0');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'warm', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 32 << 20, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    const warm = reg.device().openFile();
    return { reg, warmFile: warm.inner().id };
  },
};
