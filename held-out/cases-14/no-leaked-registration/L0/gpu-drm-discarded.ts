// A PCI GPU registers its DRM device with userspace and discards the registration. [class 4]
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm } from '../../../cases/_shared/gpu-drm.js';

const GPU_CONFIG = { label: 'heldgpu0', vramSize: 0x4000_0000, flags: 0 } as const;

interface GpuCore {
  readonly regs: devres.Devres<pci.Bar>;
  readonly label: string;
}

export const gpuCoreDriver: pci.Driver<GpuCore> = {
  name: 'heldgpu-core',
  idTable: [{ vendor: 0x1af4, device: 0x1050 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'heldgpu/bar0');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: GPU_CONFIG.label, regs, submitted: 0 });
    const regData = { vramSize: GPU_CONFIG.vramSize, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) };
    drm.Registration.new(pdev, udev, regData, GPU_CONFIG.flags); // expect: bindsafe/no-leaked-registration
    return { regs, label: GPU_CONFIG.label };
  },
};
