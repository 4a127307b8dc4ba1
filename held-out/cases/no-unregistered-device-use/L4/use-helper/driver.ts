// A describing helper from another module is called on the moved device.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../_shared/gpu-drm.js';
import { describeSetup } from './describe.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm> }> = {
  name: 'held-nudu-l4-use',
  idTable: [{ vendor: 0x10de, device: 0x2041 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-l4-use');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    pdev.asRef().info(describeSetup(udev)); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
