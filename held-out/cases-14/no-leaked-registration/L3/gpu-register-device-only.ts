// A PCI GPU registers its DRM device through a helper that returns only the drm.Device handle. [class 4]
import { drm, type device, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const PROFILE = { label: 'heldgpu3', vram: 0x1000_0000 } as const;

function registerGpu(pdev: pci.Device<device.Bound>, regs: devres.Devres<pci.Bar>): GpuDevice {
  const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: PROFILE.label, regs, submitted: 0 });
  const reg = drm.Registration.new(pdev, udev, { vramSize: PROFILE.vram, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
  return reg.device();
}

interface GpuData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly dev: GpuDevice;
}

export const gpuDriver: pci.Driver<GpuData> = {
  name: 'heldgpu-helper',
  idTable: [{ vendor: 0x1af4, device: 0x1053 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'heldgpu3/bar0');
    const dev = registerGpu(pdev, regs); // expect: bindsafe/no-leaked-registration
    return { regs, dev };
  },
};
