// A PCI GPU registers its DRM device through a re-exported helper and keeps the registration record in its driver data. [class 4]
import type { devres, pci } from '@bindsafe/kernel';
import { register, type GpuRegistration } from './index.js';

interface GpuData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly gpu: GpuRegistration;
}

export const gpuDriver: pci.Driver<GpuData> = {
  name: 'heldgpu-l4',
  idTable: [{ vendor: 0x1af4, device: 0x1054 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'heldgpu4/bar0');
    const gpu = register(pdev, regs);
    return { regs, gpu };
  },
};
