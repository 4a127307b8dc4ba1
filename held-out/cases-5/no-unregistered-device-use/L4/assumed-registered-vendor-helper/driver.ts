// Before registering, probe gives an imported helper a (justified) Registered view of the UnregisteredDevice; the helper takes a critical section on it. [class 3]
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { parentVendor } from './ids.js';

interface Ident {
  readonly regs: devres.Devres<pci.Bar>;
  readonly registration: drm.Registration<GpuDrm>;
  readonly vendor: number;
}

export const identDriver: pci.Driver<Ident> = {
  name: 'held5c-ident',
  idTable: [{ vendor: 0x1af4, device: 0x1161 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held5c-ident');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'ident', regs, submitted: 0 });
    // SAFETY: the parent is bound for the whole of probe, so the section can be entered early.
    const vendor = parentVendor(udev.assumeCtx<drm.Registered>()); // expect: bindsafe/no-unregistered-device-use
    const registration = drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0);
    return { regs, registration, vendor };
  },
};
