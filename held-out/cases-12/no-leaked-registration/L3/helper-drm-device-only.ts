// A PCI GPU registers its DRM device in a helper and keeps only the drm.Device handle the registration gives. [class 2]
import { drm, type device, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDevice, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function registerCard(pdev: pci.Device<device.Bound>, label: string): drm.Registration<GpuDrm> {
  const regs = pdev.iomapRegion(0, `${label}/vram`);
  const bar = regs.access(pdev.asRef());
  const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label, regs, submitted: 0 });
  return drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0);
}

export const gpuDriver: pci.Driver<{ readonly card: GpuDevice }> = {
  name: 'heldgpu',
  idTable: [{ vendor: 0x1af4, device: 0x1050 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const reg = registerCard(pdev, 'heldgpu'); // expect: bindsafe/no-leaked-registration
    return { card: reg.device() };
  },
};
