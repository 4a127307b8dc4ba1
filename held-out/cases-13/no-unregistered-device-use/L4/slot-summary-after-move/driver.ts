// A PCI GPU keeps its DRM device in a bring-up slot, registers it, then summarises the slot with an imported helper that reads the device. [class 6]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { slotSummary, type Slot } from './slot.js';

export const slotDriver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly summary: string }> = {
  name: 'heldgpu-l4-slot',
  idTable: [{ vendor: 0x1af4, device: 0x10c2 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'heldgpu/bar0');
    const slot: Slot = { udev: drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'slot', regs, submitted: 0 }), vram: 64 << 20 };
    const reg = drm.Registration.new(pdev, slot.udev, { vramSize: slot.vram, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    const summary = slotSummary(slot); // expect: bindsafe/no-unregistered-device-use
    return { reg, summary };
  },
};
