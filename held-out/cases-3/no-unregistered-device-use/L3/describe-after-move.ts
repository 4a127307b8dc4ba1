// A same-file helper that reads the unregistered device is called after the move.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function describe(udev: drm.UnregisteredDevice<GpuDrm>): string {
  return `${udev.name} [${udev.data.label}]`;
}

export const describedDriver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-described',
  idTable: [{ vendor: 0x10de, device: 0x2212 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-described');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'described', regs, submitted: 0 });
    pdev.asRef().info(`registering ${describe(udev)}`);
    const reg = drm.Registration.new(pdev, udev, { vramSize: 1 << 20, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    pdev.asRef().info(`registered ${describe(udev)}`); // expect: bindsafe/no-unregistered-device-use
    return { reg, regs };
  },
};
