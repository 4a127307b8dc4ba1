// The data object taken from the device before the move is the driver's own object: fine after.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuData, type GpuDrm } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly data: GpuData }> = {
  name: 'held-nudu-dataobj',
  idTable: [{ vendor: 0x10de, device: 0x2019 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-dataobj');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const { data } = udev;
    const alias = udev;
    alias.data.submitted = 0;
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    data.submitted = 1;
    return { reg, data };
  },
};
