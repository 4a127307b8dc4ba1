// A recursive helper sets up the unregistered device's data before the move. [class 7]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function warmUp(udev: drm.UnregisteredDevice<GpuDrm>, rounds: number): void {
  if (rounds === 0) return;
  udev.data.submitted += 1;
  warmUp(udev, rounds - 1);
}

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm> }> = {
  name: 'held2-nudu-recursive',
  idTable: [{ vendor: 0x10de, device: 0x4031 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nudu-recursive');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    warmUp(udev, 3);
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    return { reg };
  },
};
