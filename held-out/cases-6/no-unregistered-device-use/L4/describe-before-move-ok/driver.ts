// A crypto engine describes its device with an imported helper before moving it; afterwards it uses the registration.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { describe } from './describe.js';

interface CryptoData {
  readonly reg: drm.Registration<GpuDrm>;
  readonly boot: string;
}

export const driver: pci.Driver<CryptoData> = {
  name: 'held6-nudu-l4-crypto',
  idTable: [{ vendor: 0x1022, device: 0x14ca }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held6-nudu-l4-crypto');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'crypto', regs, submitted: 0 });
    const boot = describe(udev);
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    return { reg, boot: `${boot} -> ${reg.device().name}` };
  },
};
