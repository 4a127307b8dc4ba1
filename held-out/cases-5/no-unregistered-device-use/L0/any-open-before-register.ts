// probe "warms" a DRM file through `any` before the device is registered, reaching openFile on a device that is only Uninit. [class 8]
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm, type GpuFile } from '../../../cases/_shared/gpu-drm.js';

interface Warm {
  readonly regs: devres.Devres<pci.Bar>;
  readonly registration: drm.Registration<GpuDrm>;
  readonly warmId: number;
}

export const warmDriver: pci.Driver<Warm> = {
  name: 'held5c-warm',
  idTable: [{ vendor: 0x1af4, device: 0x1120 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held5c-warm');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'warm', regs, submitted: 0 });
    const warm: drm.File<GpuFile> = (udev as any).openFile(); // expect: bindsafe/no-unregistered-device-use
    const registration = drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0);
    return { regs, registration, warmId: warm.inner().id };
  },
};
