// Both registrations kept in the driver data.
import { auxiliary, drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

interface Data {
  readonly child: auxiliary.Registration;
  readonly drmReg: drm.Registration<GpuDrm>;
}

export const driver: pci.Driver<Data> = {
  name: 'held-nlr-owned',
  idTable: [{ vendor: 0x10de, device: 0x3004 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nlr-owned');
    const bar = regs.access(pdev.asRef());
    const child = auxiliary.Registration.new(pdev.asRef(), 'gpu-aux', 0, 'held_core');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const drmReg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    return { child, drmReg };
  },
};
