// A registered-only call reached on an unregistered device through an as-unknown-as cast. [class 8]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDevice, type GpuDrm } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm> }> = {
  name: 'held-nudu-cast',
  idTable: [{ vendor: 0x10de, device: 0x2016 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-cast');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const early = udev as unknown as GpuDevice;
    const warm = early.withUnbindGuard((parent) => parent.revision); // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(pdev, udev, { vramSize: warm ?? 0, log: [], counters: {}, pdev, bar }, 0);
    return { reg };
  },
};
