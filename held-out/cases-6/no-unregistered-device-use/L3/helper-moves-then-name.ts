// A crypto engine moves its device in a same-file helper that returns the registration, then reads the moved device.
import { drm, type pci, type device } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function register(pdev: pci.Device<device.Core>, udev: drm.UnregisteredDevice<GpuDrm>, bar: pci.Bar): drm.Registration<GpuDrm> {
  return drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
}

interface CryptoData {
  readonly reg: drm.Registration<GpuDrm>;
  readonly jobs: number;
}

export const driver: pci.Driver<CryptoData> = {
  name: 'held6-nudu-crypto',
  idTable: [{ vendor: 0x1425, device: 0x6408 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held6-nudu-crypto');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'crypto', regs, submitted: 0 });
    const reg = register(pdev, udev, bar);
    const jobs = udev.data.submitted; // expect: bindsafe/no-unregistered-device-use
    return { reg, jobs };
  },
};
