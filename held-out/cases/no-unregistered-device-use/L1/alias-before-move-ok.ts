// Aliases and a conditional used only before the move.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly node: string }> = {
  name: 'held-nudu-alias-ok',
  idTable: [{ vendor: 0x10de, device: 0x2050 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-alias-ok');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const setup = { udev, step: 1 };
    setup.udev.data.submitted = setup.step;
    const label = udev.data.label.length > 0 ? udev.name : 'anon';
    const reg = drm.Registration.new(pdev, setup.udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    return { reg, node: `${label}:${reg.device().name}` };
  },
};
