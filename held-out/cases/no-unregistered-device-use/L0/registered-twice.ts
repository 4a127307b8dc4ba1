// The same UnregisteredDevice handed to Registration.new twice (a "primary and render node").
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm, type GpuRegData } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly regs: readonly drm.Registration<GpuDrm>[] }> = {
  name: 'held-nudu-twice',
  idTable: [{ vendor: 0x10de, device: 0x2002 }],
  probe(pdev) {
    const mmio = pdev.iomapRegion(0, 'held-nudu-twice');
    const bar = mmio.access(pdev.asRef());
    const regData: GpuRegData = { vramSize: 0, log: [], counters: {}, pdev, bar };
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs: mmio, submitted: 0 });
    const primary = drm.Registration.new(pdev, udev, regData, 0);
    const render = drm.Registration.new(pdev, udev, regData, 0); // expect: bindsafe/no-unregistered-device-use
    return { regs: [primary, render] };
  },
};
