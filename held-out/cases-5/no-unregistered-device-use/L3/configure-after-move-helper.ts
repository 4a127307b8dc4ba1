// A same-file helper that configures an UnregisteredDevice is called one line too late, after probe moved the device into the registration. [class 6]
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function applyTiling(udev: drm.UnregisteredDevice<GpuDrm>, tiled: boolean): void {
  if (tiled) udev.data = { ...udev.data, label: `${udev.data.label}-tiled` };
}

interface Tiler {
  readonly regs: devres.Devres<pci.Bar>;
  readonly registration: drm.Registration<GpuDrm>;
}

export const tilerDriver: pci.Driver<Tiler, { tiled: boolean }> = {
  name: 'held5c-tiler',
  idTable: [{ vendor: 0x1af4, device: 0x1151, info: { tiled: true } }],
  probe(pdev, info) {
    const regs = pdev.iomapRegion(0, 'held5c-tiler');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'tiler', regs, submitted: 0 });
    const registration = drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0);
    applyTiling(udev, info?.tiled ?? false); // expect: bindsafe/no-unregistered-device-use
    return { regs, registration };
  },
};
