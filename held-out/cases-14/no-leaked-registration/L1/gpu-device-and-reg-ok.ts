// A PCI GPU keeps both the drm.Device handle and, destructured out of a local record, the registration itself. [class 4]
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDevice, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const PROFILE = { label: 'heldgpu1', vram: 0x2000_0000 } as const;

interface GpuData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly dev: GpuDevice;
  readonly reg: drm.Registration<GpuDrm>;
}

export const gpuDriver: pci.Driver<GpuData> = {
  name: 'heldgpu-handle',
  idTable: [{ vendor: 0x1af4, device: 0x1051 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'heldgpu1/bar0');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: PROFILE.label, regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: PROFILE.vram, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    const { dev, ...rest } = { dev: reg.device(), reg };
    return { regs, dev, ...rest };
  },
};
