// A PCI GPU opens a probe-time file through an imported helper that assumes Registered, before registering the device. [class 8]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { earlyFileId } from './early-file.js';

export const earlyDriver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly fileId: number }> = {
  name: 'heldgpu-l4-assume',
  idTable: [{ vendor: 0x1af4, device: 0x10c1 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'heldgpu/bar0');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'early', regs, submitted: 0 });
    const fileId = earlyFileId(udev); // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(pdev, udev, { vramSize: 16 << 20, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    return { reg, fileId };
  },
};
