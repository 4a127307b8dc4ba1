// A helper that reads the device's name, called after the move.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

function label(udev: drm.UnregisteredDevice<GpuDrm>): string {
  return `${udev.name}:${udev.data.label}`;
}

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly label: string }> = {
  name: 'held-nudu-l3-use',
  idTable: [{ vendor: 0x10de, device: 0x2031 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-l3-use');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const before = label(udev);
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    return { reg, label: before + label(udev) }; // expect: bindsafe/no-unregistered-device-use
  },
};
