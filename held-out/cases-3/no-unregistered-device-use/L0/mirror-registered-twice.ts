// A mirror registration on one id-table entry gives the already-moved device to Registration.new again.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm, type GpuRegData } from '../../../cases/_shared/gpu-drm.js';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly reg: drm.Registration<GpuDrm>;
  readonly mirror?: drm.Registration<GpuDrm>;
}

export const mirrorDriver: pci.Driver<Data, { readonly mirror: boolean }> = {
  name: 'held-mirror',
  idTable: [{ vendor: 0x10de, device: 0x2206, info: { mirror: true } }],
  probe(pdev, info) {
    const regs = pdev.iomapRegion(0, 'held-mirror');
    const regData = (): GpuRegData => ({ vramSize: 1 << 22, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) });
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'mirror', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, regData(), 0);
    if (!info?.mirror) return { regs, reg };
    const mirror = drm.Registration.new(pdev, udev, regData(), 1); // expect: bindsafe/no-unregistered-device-use
    return { regs, reg, mirror };
  },
};
