// A PCI camera's SAFETY comment is separated from the assumeCtx() call by a blank line: the comment is unused and the call is missing one.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly title: string }> = {
  name: 'held8-camera-blank-line',
  idTable: [{ vendor: 0x1b36, device: 0x0100 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'camera');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'cam', regs, submitted: 0 });
    // SAFETY: a freshly created unregistered device is Uninit. // expect: bindsafe/require-safety-comment

    const early = udev.assumeCtx<drm.Uninit>(); // expect: bindsafe/require-safety-comment
    return { regs, title: early.name.toUpperCase() };
  },
};
