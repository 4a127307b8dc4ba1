// A PCI GPU picks, in a switch over its model string, between two assumeCtx() reads, each with its SAFETY comment.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm } from '../../../cases/_shared/gpu-drm.js';

type Model = 'lite' | 'pro';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly title: string }, Model> = {
  name: 'held8-gpu-switch',
  idTable: [
    { vendor: 0x10de, device: 0x1e04, info: 'pro' },
    { vendor: 0x10de, device: 0x1f82, info: 'lite' },
  ],
  probe(pdev, model) {
    const regs = pdev.iomapRegion(0, 'gpu');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: model ?? 'gpu', regs, submitted: 0 });
    let title: string;
    switch (model) {
      case 'pro':
        // SAFETY: not registered yet, so Uninit is the device's real context.
        title = `${udev.assumeCtx<drm.Uninit>().name}-pro`;
        break;
      default:
        // SAFETY: as above, the device is still Uninit.
        title = udev.assumeCtx<drm.Uninit>().name;
    }
    return { regs, title };
  },
};
