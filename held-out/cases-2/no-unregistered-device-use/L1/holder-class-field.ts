// A small holder class carries the unregistered device; it is moved through the holder, then read. [class 6]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

class Pending {
  constructor(
    readonly udev: drm.UnregisteredDevice<GpuDrm>,
    readonly createdAt = Date.now(),
  ) {}
}

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly label: string }> = {
  name: 'held2-nudu-holder',
  idTable: [{ vendor: 0x10de, device: 0x4010 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nudu-holder');
    const bar = regs.access(pdev.asRef());
    const pending = new Pending(drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 }));
    const reg = drm.Registration.new(pdev, pending.udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    const label = pending.udev.name; // expect: bindsafe/no-unregistered-device-use
    return { reg, label };
  },
};
