// After the move, a `some` callback is given the moved device and reads its name. [class 7]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const reserved = ['card0', 'card1'];

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly clash: boolean }> = {
  name: 'held2-nudu-some',
  idTable: [{ vendor: 0x10de, device: 0x4020 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nudu-some');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    const clash = reserved.some((n) => n === udev.name); // expect: bindsafe/no-unregistered-device-use
    return { reg, clash };
  },
};
