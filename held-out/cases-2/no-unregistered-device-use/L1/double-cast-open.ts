// A double cast forces the unregistered device to look registered; openFile runs before registration. [class 8]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly fileId: number }> = {
  name: 'held2-nudu-cast',
  idTable: [{ vendor: 0x10de, device: 0x4013 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nudu-cast');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const early = udev as unknown as drm.Device<GpuDrm>;
    const file = early.openFile(); // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    return { reg, fileId: file.inner().id };
  },
};
