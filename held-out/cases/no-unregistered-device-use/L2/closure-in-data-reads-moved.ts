// A closure returned in the driver data reads the moved device when called later.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

interface Data {
  readonly reg: drm.Registration<GpuDrm>;
  readonly describe: () => string;
}

export const driver: pci.Driver<Data> = {
  name: 'held-nudu-closure',
  idTable: [{ vendor: 0x10de, device: 0x2021 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-closure');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    return {
      reg,
      describe: () => `drm ${udev.data.label}`, // expect: bindsafe/no-unregistered-device-use
    };
  },
};
