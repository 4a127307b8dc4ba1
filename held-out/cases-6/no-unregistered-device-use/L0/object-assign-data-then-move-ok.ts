// A media encoder fills its unregistered device's data with `Object.assign`, then moves it and uses the registration.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface EncData {
  readonly reg: drm.Registration<GpuDrm>;
  readonly node: string;
}

export const driver: pci.Driver<EncData> = {
  name: 'held6-nudu-enc',
  idTable: [{ vendor: 0x1e60, device: 0x0101 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held6-nudu-enc');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'enc', regs, submitted: 0 });
    Object.assign(udev.data, { submitted: 1 });
    console.debug(`registering ${udev.name} (${udev.data.label})`);
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    return { reg, node: reg.device().name };
  },
};
