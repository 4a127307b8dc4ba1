// Nested destructuring takes the device out of a setup object; the setup path is used after the move. [class 6]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm> }> = {
  name: 'held-nudu-destr',
  idTable: [{ vendor: 0x10de, device: 0x2015 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-destr');
    const bar = regs.access(pdev.asRef());
    const setup = { devs: { primary: drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'p', regs, submitted: 0 }) } };
    const {
      devs: { primary },
    } = setup;
    const reg = drm.Registration.new(pdev, primary, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    pdev.asRef().info(setup.devs.primary.name); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
