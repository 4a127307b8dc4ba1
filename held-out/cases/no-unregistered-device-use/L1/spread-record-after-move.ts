// A spread-built record carries the device; the record's copy is read after the move. [class 6]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm> }> = {
  name: 'held-nudu-spread',
  idTable: [{ vendor: 0x10de, device: 0x2014 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-spread');
    const bar = regs.access(pdev.asRef());
    const parts = { udev: drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 }), flags: 0 };
    const bundle = { ...parts, stage: 'registering' };
    const reg = drm.Registration.new(pdev, parts.udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, bundle.flags);
    pdev.asRef().info(`${bundle.stage} ${bundle.udev.name}`); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
