// A PCI GPU registers its DRM device through a helper that returns the registration and its handle, or throws on a small BAR. [class 1]
import { drm, errors, type device, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDevice, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const PROFILE = { label: 'heldgpu3', vram: 0x1000_0000, minBar: 0x1000 } as const;

interface Registered {
  readonly reg: drm.Registration<GpuDrm>;
  readonly dev: GpuDevice;
}

function registerGpu(pdev: pci.Device<device.Bound>, regs: devres.Devres<pci.Bar>): Registered {
  const bar = regs.access(pdev.asRef());
  if (bar.size < PROFILE.minBar) throw new errors.KernelError('ENODEV', 'BAR 0 too small');
  const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: PROFILE.label, regs, submitted: 0 });
  const reg = drm.Registration.new(pdev, udev, { vramSize: PROFILE.vram, log: [], counters: {}, pdev, bar }, 0);
  return { reg, dev: reg.device() };
}

interface GpuData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly gpu: Registered;
}

export const gpuDriver: pci.Driver<GpuData> = {
  name: 'heldgpu-helper',
  idTable: [{ vendor: 0x1af4, device: 0x1053 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'heldgpu3/bar0');
    return { regs, gpu: registerGpu(pdev, regs) };
  },
};
