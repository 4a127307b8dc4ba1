// A PCI GPU registers its DRM device and keeps the registration in a driver-data class (parameter properties).
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const GPU_CONFIG = { label: 'heldgpu0', vramSize: 0x4000_0000, flags: 0 } as const;

class GpuCore {
  constructor(
    readonly regs: devres.Devres<pci.Bar>,
    readonly registration: drm.Registration<GpuDrm>,
  ) {}

  get label(): string {
    return this.registration.device().name;
  }
}

export const gpuCoreDriver: pci.Driver<GpuCore> = {
  name: 'heldgpu-core',
  idTable: [{ vendor: 0x1af4, device: 0x1050 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'heldgpu/bar0');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: GPU_CONFIG.label, regs, submitted: 0 });
    const regData = { vramSize: GPU_CONFIG.vramSize, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) };
    const registration = drm.Registration.new(pdev, udev, regData, GPU_CONFIG.flags);
    return new GpuCore(regs, registration);
  },
};
