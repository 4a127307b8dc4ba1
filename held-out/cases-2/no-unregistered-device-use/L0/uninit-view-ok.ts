// An Uninit view taken (with a SAFETY comment) and read before the move. [class 2]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm> }> = {
  name: 'held2-nudu-uninit',
  idTable: [{ vendor: 0x10de, device: 0x4003 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nudu-uninit');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    // SAFETY: the device was never registered, so it is in the Uninit context.
    const view = udev.assumeCtx<drm.Uninit>();
    pdev.asRef().info(`setting up ${view.name}`);
    return { reg: drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0) };
  },
};
