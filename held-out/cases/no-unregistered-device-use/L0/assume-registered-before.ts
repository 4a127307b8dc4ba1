// Opening a file on a device that was never registered, through assumeCtx<Registered>().
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm> }> = {
  name: 'held-nudu-assume',
  idTable: [{ vendor: 0x10de, device: 0x2003 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-assume');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    // SAFETY: the device is fully set up at this point, so userspace may open it.
    const early = udev.assumeCtx<drm.Registered>();
    early.openFile(); // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    return { reg };
  },
};
