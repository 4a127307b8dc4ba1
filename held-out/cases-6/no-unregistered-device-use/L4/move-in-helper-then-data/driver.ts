// A camera driver writes the unregistered device's data after an imported helper moved it.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { registerNode } from './register.js';

interface CamData {
  readonly reg: drm.Registration<GpuDrm>;
}

export const driver: pci.Driver<CamData> = {
  name: 'held6-nudu-l4-cam',
  idTable: [{ vendor: 0x8086, device: 0x7d19 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held6-nudu-l4-cam');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'cam', regs, submitted: 0 });
    const reg = registerNode(pdev, udev, bar);
    udev.data.submitted += 1; // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
