// A PCI scaler's summary object has a second SAFETY comment above a safe property: that inner comment covers nothing.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly summary: { id: number; title: string } }> = {
  name: 'held8-scaler-inner',
  idTable: [{ vendor: 0x1234, device: 0x1114 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'scaler');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'scaler', regs, submitted: 0 });
    // SAFETY: udev has not been registered; Uninit is its real context.
    const summary = {
      // SAFETY: the device id is fixed by the id table. // expect: bindsafe/require-safety-comment
      id: pdev.deviceId,
      title: udev.assumeCtx<drm.Uninit>().name,
    };
    return { regs, summary };
  },
};
