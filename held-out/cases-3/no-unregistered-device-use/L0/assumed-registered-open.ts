// A justified assumeCtx<Registered>() still opens a file on a device that was never registered.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const earlyOpenDriver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-early-open',
  idTable: [{ vendor: 0x10de, device: 0x221a }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-early-open');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'early', regs, submitted: 0 });
    // SAFETY: the firmware loader only needs a file handle during probe.
    const file = udev.assumeCtx<drm.Registered>().openFile(); // expect: bindsafe/no-unregistered-device-use
    pdev.asRef().info(`firmware file ${file.inner().id}`);
    const reg = drm.Registration.new(pdev, udev, { vramSize: 1 << 20, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    return { reg, regs };
  },
};
