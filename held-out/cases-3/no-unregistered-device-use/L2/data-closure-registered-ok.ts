// A closure kept in the driver data reads the registered device, never the moved one.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Data {
  readonly reg: drm.Registration<GpuDrm>;
  readonly regs: devres.Devres<pci.Bar>;
  readonly describe: () => string;
}

export const describingDriver: pci.Driver<Data> = {
  name: 'held-describing',
  idTable: [{ vendor: 0x10de, device: 0x221c }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-describing');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'describing', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 1 << 20, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    const dev = reg.device();
    return { reg, regs, describe: () => `${dev.name}: ${dev.data.submitted} submitted` };
  },
};
