// A PCI scaler builds a summary object whose later property calls assumeCtx(); the SAFETY comment above the statement covers it.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly summary: { id: number; title: string } }> = {
  name: 'held8-scaler-property',
  idTable: [{ vendor: 0x1234, device: 0x1113 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'scaler');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'scaler', regs, submitted: 0 });
    // SAFETY: udev has not been registered; Uninit is its real context.
    const summary = {
      id: pdev.deviceId,
      title: udev.assumeCtx<drm.Uninit>().name,
    };
    return { regs, summary };
  },
};
