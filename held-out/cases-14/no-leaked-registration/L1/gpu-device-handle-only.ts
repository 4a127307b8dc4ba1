// A PCI GPU keeps only the drm.Device handle of its registration in the driver data; the registration itself goes nowhere. [class 4]
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const PROFILE = { label: 'heldgpu1', vram: 0x2000_0000 } as const;

interface GpuData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly dev: GpuDevice;
}

export const gpuDriver: pci.Driver<GpuData> = {
  name: 'heldgpu-handle',
  idTable: [{ vendor: 0x1af4, device: 0x1051 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'heldgpu1/bar0');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: PROFILE.label, regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: PROFILE.vram, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0); // expect: bindsafe/no-leaked-registration
    const { device: dev } = { device: reg.device() };
    return { regs, dev };
  },
};
