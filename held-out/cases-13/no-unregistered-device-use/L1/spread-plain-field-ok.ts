// A PCI GPU registers its slot's device, then snapshots the slot record and reads only its plain VRAM field from the copy. [class 6]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Slot {
  readonly udev: drm.UnregisteredDevice<GpuDrm>;
  readonly vram: number;
}

export const slotDriver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly summary: string }> = {
  name: 'heldgpu-l1-spread-ok',
  idTable: [{ vendor: 0x1af4, device: 0x1072 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'heldgpu/bar0');
    const slot: Slot = { udev: drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'slot', regs, submitted: 0 }), vram: 128 << 20 };
    const reg = drm.Registration.new(pdev, slot.udev, { vramSize: slot.vram, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    const snapshot = { ...slot, at: Date.now() };
    const summary = `${reg.device().name}:${snapshot.vram >> 20}MiB@${snapshot.at}`;
    return { reg, summary };
  },
};
