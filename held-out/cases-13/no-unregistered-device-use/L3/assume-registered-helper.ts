// A PCI GPU's helper assumes its unregistered device is Registered to open a probe-time file, called before registration. [class 8]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function probeFileId(udev: drm.UnregisteredDevice<GpuDrm>): number {
  // SAFETY: the caller registers the device before userspace can see it.
  const live = udev.assumeCtx<drm.Registered>();
  return live.openFile().inner().id;
}

export const earlyFileDriver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly fileId: number }> = {
  name: 'heldgpu-l3-assume',
  idTable: [{ vendor: 0x1af4, device: 0x10a1 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'heldgpu/bar0');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'early', regs, submitted: 0 });
    const fileId = probeFileId(udev); // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(pdev, udev, { vramSize: 16 << 20, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    return { reg, fileId };
  },
};
