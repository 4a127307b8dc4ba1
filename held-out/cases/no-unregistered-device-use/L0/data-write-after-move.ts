// Setting the device data after the move (it should have been done before).
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm> }> = {
  name: 'held-nudu-data',
  idTable: [{ vendor: 0x10de, device: 0x2001 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-data');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'tmp', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    udev.data = { label: `gpu-${pdev.revision}`, regs, submitted: 0 }; // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
