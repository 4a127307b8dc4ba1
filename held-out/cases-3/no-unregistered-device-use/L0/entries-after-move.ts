// After the move into Registration.new, the unregistered device's data is walked with Object.entries.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly reg: drm.Registration<GpuDrm>;
}

export const entriesDriver: pci.Driver<Data> = {
  name: 'held-entries',
  idTable: [{ vendor: 0x10de, device: 0x2204 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-entries');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'entries', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 1 << 24, log: [], counters: {}, pdev, bar }, 0);
    for (const [key, value] of Object.entries(udev.data)) { // expect: bindsafe/no-unregistered-device-use
      pdev.asRef().info(`${key}: ${String(value)}`);
    }
    return { regs, reg };
  },
};
