// A PCI GPU reads its unregistered DRM device's name through assumeCtx() in probe without a SAFETY comment.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly label: string }> = {
  name: 'held-gpu-assume-missing',
  idTable: [{ vendor: 0x1af4, device: 0x1050 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'gpu');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'held', regs, submitted: 0 });
    const early = udev.assumeCtx<drm.Uninit>(); // expect: bindsafe/require-safety-comment
    return { regs, label: early.name };
  },
};
