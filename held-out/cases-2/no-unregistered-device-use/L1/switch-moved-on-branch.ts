// Moved in one switch case only; after the switch the device is read (moved on some path). [class 1] [class 6]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly reg?: drm.Registration<GpuDrm>; readonly label: string }> = {
  name: 'held2-nudu-switch',
  idTable: [{ vendor: 0x10de, device: 0x4011 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nudu-switch');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    let reg: drm.Registration<GpuDrm> | undefined;
    switch (pdev.revision) {
      case 0:
      case 1:
        break;
      default:
        reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    }
    const label = udev.name; // expect: bindsafe/no-unregistered-device-use
    return { reg, label };
  },
};
