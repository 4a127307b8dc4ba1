// A PCI display controller justifies assumeCtx() in probe with a /* SAFETY: */ block comment directly above.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm } from '../../../cases/_shared/gpu-drm.js';

class DisplayData {
  constructor(
    readonly regs: devres.Devres<pci.Bar>,
    readonly title: string,
  ) {}
}

export const driver: pci.Driver<DisplayData> = {
  name: 'held8-display-block',
  idTable: [{ vendor: 0x1234, device: 0x1111 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'display');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'disp', regs, submitted: 0 });
    /* SAFETY: the device was created two lines up and is Uninit; only its name is read. */
    const early = udev.assumeCtx<drm.Uninit>();
    return new DisplayData(regs, early.name);
  },
};
