// The device is moved on the eager branch only, and written after the branches join.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly reg?: drm.Registration<GpuDrm>;
}

export const lazyDriver: pci.Driver<Data, { readonly eager: boolean }> = {
  name: 'held-lazy',
  idTable: [{ vendor: 0x10de, device: 0x220c, info: { eager: true } }],
  probe(pdev, info) {
    const regs = pdev.iomapRegion(0, 'held-lazy');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'lazy', regs, submitted: 0 });
    let reg: drm.Registration<GpuDrm> | undefined;
    if (info?.eager) {
      reg = drm.Registration.new(pdev, udev, { vramSize: 1 << 20, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    }
    udev.data.submitted = -1; // expect: bindsafe/no-unregistered-device-use
    return { regs, reg };
  },
};
