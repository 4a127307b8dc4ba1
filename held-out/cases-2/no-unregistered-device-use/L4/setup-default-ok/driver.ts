// A default-exported setup function from another module runs before the move. [class 7]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import prepare from './prepare.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm> }> = {
  name: 'held2-nudu-default',
  idTable: [{ vendor: 0x10de, device: 0x4041 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nudu-default');
    const bar = regs.access(pdev.asRef());
    const udev = prepare(drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 }), pdev.revision);
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    return { reg };
  },
};
