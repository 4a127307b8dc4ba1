// A same-file helper moves the device into a registration; the caller reads it afterwards.
import { drm, type device, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm, type GpuRegData } from '../../_shared/gpu-drm.js';

function register(pdev: pci.Device<device.Bound>, udev: drm.UnregisteredDevice<GpuDrm>, regData: GpuRegData): drm.Registration<GpuDrm> {
  return drm.Registration.new(pdev, udev, regData, 0);
}

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm> }> = {
  name: 'held-nudu-l3-move',
  idTable: [{ vendor: 0x10de, device: 0x2030 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-l3-move');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const reg = register(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar });
    udev.data.submitted = 0; // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
