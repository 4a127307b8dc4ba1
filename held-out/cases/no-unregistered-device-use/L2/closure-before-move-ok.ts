// A setup closure over the device is called before the move; afterwards only the registration is used.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm> }> = {
  name: 'held-nudu-setup-closure',
  idTable: [{ vendor: 0x10de, device: 0x2023 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-setup-closure');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const tune = (submitted: number): void => {
      udev.data.submitted = submitted;
    };
    [0, 0].forEach(tune);
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    ['card', 'render'].forEach((node) => pdev.asRef().info(`${node}: ${reg.device().name}`));
    return { reg };
  },
};
