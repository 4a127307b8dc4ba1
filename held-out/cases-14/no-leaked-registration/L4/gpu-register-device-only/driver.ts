// A PCI GPU registers its DRM device through a re-exported helper that gives back only the device handle. [class 4]
import type { devres, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { registerGpu as register } from './register.js';

interface GpuData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly dev: GpuDevice;
}

export const gpuDriver: pci.Driver<GpuData> = {
  name: 'heldgpu-l4',
  idTable: [{ vendor: 0x1af4, device: 0x1054 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'heldgpu4/bar0');
    const dev = register(pdev, regs); // expect: bindsafe/no-leaked-registration
    return { regs, dev };
  },
};
