// The device is moved on one branch and read after the branches join.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly reg?: drm.Registration<GpuDrm>; readonly label: string }, { readonly headless: boolean }> = {
  name: 'held-nudu-branch',
  idTable: [{ vendor: 0x10de, device: 0x2018, info: { headless: false } }],
  probe(pdev, info) {
    const regs = pdev.iomapRegion(0, 'held-nudu-branch');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    let reg: drm.Registration<GpuDrm> | undefined;
    if (!info?.headless) {
      reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    }
    const label = udev.name; // expect: bindsafe/no-unregistered-device-use
    return reg ? { reg, label } : { label };
  },
};
