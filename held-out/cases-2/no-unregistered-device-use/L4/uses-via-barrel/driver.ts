// probe labels the device through a barrel helper — after the move. [class 3] [class 7]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { label } from './index.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly label: string }> = {
  name: 'held2-nudu-barrel',
  idTable: [{ vendor: 0x10de, device: 0x4040 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nudu-barrel');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    return { reg, label: label(udev) }; // expect: bindsafe/no-unregistered-device-use
  },
};
