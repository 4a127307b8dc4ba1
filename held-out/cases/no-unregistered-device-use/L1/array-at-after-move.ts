// Devices kept in an array; .at(0) is read after the move. [class 6]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm> }> = {
  name: 'held-nudu-at',
  idTable: [{ vendor: 0x10de, device: 0x2012 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-at');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const queue = [udev];
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    pdev.asRef().info(`queued ${queue.at(0)?.name ?? 'none'}`); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
