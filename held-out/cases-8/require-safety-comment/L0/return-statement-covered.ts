// A PCI encoder returns its driver data with a name read through assumeCtx(); the SAFETY comment sits above the return.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly title: string }> = {
  name: 'held8-encoder-return',
  idTable: [{ vendor: 0x1d0f, device: 0xec20 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(2, 'encoder');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'enc', regs, submitted: 0 });
    // SAFETY: udev is still Uninit (never registered), which is exactly the context asked for.
    return { regs, title: udev.assumeCtx<drm.Uninit>().name };
  },
};
