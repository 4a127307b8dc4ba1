// The driver data keeps the registered DRM device handle (for GEM objects) but not the registration that owns it. [class 4]
import { drm, type device, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface Gpu {
  readonly regs: devres.Devres<pci.Bar>;
  readonly drm: GpuDevice;
}

export const handleOnlyDriver: pci.Driver<Gpu> = {
  name: 'held5c-handle-only',
  idTable: [{ vendor: 0x1af4, device: 0x1110 }],
  probe(pdev: pci.Device<device.Core>): Gpu {
    pdev.enableDeviceMem();
    pdev.setMaster();
    const regs = pdev.iomapRegion(0, 'held5c-handle-only');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'handle-only', regs, submitted: 0 });
    const registration = drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0); // expect: bindsafe/no-leaked-registration
    return { regs, drm: registration.device() };
  },
};
