// After the move, probe takes a justified Uninit view of the moved device to label GEM objects: a use of the moved UnregisteredDevice.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Gem {
  readonly regs: devres.Devres<pci.Bar>;
  readonly registration: drm.Registration<GpuDrm>;
  readonly gemLabel: string;
}

export const gemDriver: pci.Driver<Gem> = {
  name: 'held5c-gem',
  idTable: [{ vendor: 0x1af4, device: 0x1121 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held5c-gem');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gem', regs, submitted: 0 });
    const registration = drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0);
    // SAFETY: the view is only used as Uninit, to read the label the device was set up with.
    const view = udev.assumeCtx(); // expect: bindsafe/no-unregistered-device-use
    return { regs, registration, gemLabel: `${view.data.label}-bo` };
  },
};
