// A camera driver passes the moved device to a same-file helper that reads it.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function describe(u: drm.UnregisteredDevice<GpuDrm>): string {
  return `${u.name} (${u.data.label})`;
}

interface CamData {
  readonly reg: drm.Registration<GpuDrm>;
  readonly description: string;
}

export const driver: pci.Driver<CamData> = {
  name: 'held6-nudu-camdesc',
  idTable: [{ vendor: 0x1e4b, device: 0x1202 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held6-nudu-camdesc');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'cam', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    const description = describe(udev); // expect: bindsafe/no-unregistered-device-use
    return { reg, description };
  },
};
