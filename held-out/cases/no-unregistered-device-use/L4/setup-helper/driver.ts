// An imported setup helper before the move, the registered device afterwards.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../_shared/gpu-drm.js';
import { applyDefaults } from './setup.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm> }> = {
  name: 'held-nudu-l4-ok',
  idTable: [{ vendor: 0x10de, device: 0x2042 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-l4-ok');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    applyDefaults(udev, `gpu-${pdev.revision}`);
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    pdev.asRef().info(`${reg.device().name} ready`);
    return { reg };
  },
};
