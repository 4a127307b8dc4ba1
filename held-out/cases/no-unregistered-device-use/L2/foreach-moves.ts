// A forEach callback moves the device; it is used after the loop.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly regs: drm.Registration<GpuDrm>[] }> = {
  name: 'held-nudu-foreach-move',
  idTable: [{ vendor: 0x10de, device: 0x2022 }],
  probe(pdev) {
    const mmio = pdev.iomapRegion(0, 'held-nudu-foreach-move');
    const bar = mmio.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs: mmio, submitted: 0 });
    const regs: drm.Registration<GpuDrm>[] = [];
    [udev].forEach((u) => regs.push(drm.Registration.new(pdev, u, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0)));
    pdev.asRef().info(`registered ${udev.name}`); // expect: bindsafe/no-unregistered-device-use
    return { regs };
  },
};
