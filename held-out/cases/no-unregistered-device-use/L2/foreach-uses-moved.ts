// A forEach callback reads the moved device.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm> }> = {
  name: 'held-nudu-foreach',
  idTable: [{ vendor: 0x10de, device: 0x2020 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-foreach');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    ['card', 'render'].forEach((node) => {
      pdev.asRef().info(`${node}: ${udev.name}`); // expect: bindsafe/no-unregistered-device-use
    });
    return { reg };
  },
};
