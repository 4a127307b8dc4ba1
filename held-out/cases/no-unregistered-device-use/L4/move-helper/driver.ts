// The device is moved by a helper in another module, then renamed by the caller.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../_shared/gpu-drm.js';
import { registerGpu } from './register.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm> }> = {
  name: 'held-nudu-l4-move',
  idTable: [{ vendor: 0x10de, device: 0x2040 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-l4-move');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const reg = registerGpu(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar });
    udev.data = { label: 'late', regs, submitted: 0 }; // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
