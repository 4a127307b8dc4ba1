// A forEach registers every pending head; a map callback afterwards reads the names from the moved UnregisteredDevices. [class 7]
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Wall {
  readonly regs: devres.Devres<pci.Bar>;
  readonly tiles: drm.Registration<GpuDrm>[];
  readonly names: string[];
}

export const wallDriver: pci.Driver<Wall> = {
  name: 'held5c-wall',
  idTable: [{ vendor: 0x1234, device: 0x1115 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held5c-wall');
    const bar = regs.access(pdev.asRef());
    const pending = [
      drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'tile-left', regs, submitted: 0 }),
      drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'tile-right', regs, submitted: 0 }),
    ];
    const tiles: drm.Registration<GpuDrm>[] = [];
    pending.forEach((udev) => tiles.push(drm.Registration.new(pdev, udev, { vramSize: bar.size / 2, log: [], counters: {}, pdev, bar }, 0)));
    const names = pending.map((udev) => `${udev.name}:${udev.data.label}`); // expect: bindsafe/no-unregistered-device-use
    return { regs, tiles, names };
  },
};
