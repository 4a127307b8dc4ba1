// An alias of the UnregisteredDevice is read after the original was moved.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly label: string }> = {
  name: 'held-nudu-alias',
  idTable: [{ vendor: 0x10de, device: 0x2010 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-alias');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const pending = udev;
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    const label = pending.data.label; // expect: bindsafe/no-unregistered-device-use
    return { reg, label };
  },
};
