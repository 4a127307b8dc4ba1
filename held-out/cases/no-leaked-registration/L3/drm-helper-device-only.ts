// A helper registers the DRM device and returns only its drm.Device handle.
import { drm, type device, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDevice } from '../../_shared/gpu-drm.js';

function registerDrm(pdev: pci.Device<device.Bound>): GpuDevice {
  const regs = pdev.iomapRegion(0, 'held-nlr-l3-drm');
  const bar = regs.access(pdev.asRef());
  const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
  return drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0).device();
}

export const driver: pci.Driver<{ readonly drm: GpuDevice }> = {
  name: 'held-nlr-l3-drm',
  idTable: [{ vendor: 0x10de, device: 0x3035 }],
  probe(pdev) {
    return { drm: registerDrm(pdev) }; // expect: bindsafe/no-leaked-registration
  },
};
