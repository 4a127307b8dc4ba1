// The UnregisteredDevice's name is logged after it was moved into the registration.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm> }> = {
  name: 'held-nudu-name',
  idTable: [{ vendor: 0x10de, device: 0x2000 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-name');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu0', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 1 << 20, log: [], counters: {}, pdev, bar }, 0);
    pdev.asRef().info(`registered ${udev.name}`); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
