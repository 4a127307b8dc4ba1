// A same-file helper reads the unregistered device; probe calls it after the move. [class 7]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function describe(udev: drm.UnregisteredDevice<GpuDrm>): string {
  return `${udev.name}: ${udev.data.label}`;
}

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly desc: string }> = {
  name: 'held2-nudu-describe',
  idTable: [{ vendor: 0x10de, device: 0x4030 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nudu-describe');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    const desc = describe(udev); // expect: bindsafe/no-unregistered-device-use
    return { reg, desc };
  },
};
