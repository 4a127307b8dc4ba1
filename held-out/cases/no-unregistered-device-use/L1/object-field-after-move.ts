// The device held in a setup object's field is moved through that field and read back through it. [class 6]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm> }> = {
  name: 'held-nudu-field',
  idTable: [{ vendor: 0x10de, device: 0x2011 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-field');
    const bar = regs.access(pdev.asRef());
    const setup = { udev: drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 }), tries: 0 };
    const reg = drm.Registration.new(pdev, setup.udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    setup.udev.data.submitted = 1; // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
