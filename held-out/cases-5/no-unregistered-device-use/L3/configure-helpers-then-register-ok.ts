// Same-file helpers configure and describe the UnregisteredDevice before the move; after it only the registration is used.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function applyTiling(udev: drm.UnregisteredDevice<GpuDrm>, tiled: boolean): void {
  if (tiled) udev.data = { ...udev.data, label: `${udev.data.label}-tiled` };
}

function describe(udev: drm.UnregisteredDevice<GpuDrm>): string {
  return `${udev.name}/${udev.data.label}`;
}

interface Tiler {
  readonly regs: devres.Devres<pci.Bar>;
  readonly registration: drm.Registration<GpuDrm>;
  readonly description: string;
}

export const tilerOkDriver: pci.Driver<Tiler, { tiled: boolean }> = {
  name: 'held5c-tiler-ok',
  idTable: [{ vendor: 0x1af4, device: 0x1152, info: { tiled: true } }],
  probe(pdev, info) {
    const regs = pdev.iomapRegion(0, 'held5c-tiler-ok');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'tiler', regs, submitted: 0 });
    applyTiling(udev, info?.tiled ?? false);
    const description = describe(udev);
    const registration = drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0);
    pdev.asRef().info(`${description} is ${registration.device().name}`);
    return { regs, registration, description };
  },
};
