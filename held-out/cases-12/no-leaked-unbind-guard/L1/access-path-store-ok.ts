// The per-card slots keep a Device<Normal> handle written through the same access path. [class 6]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface Slot {
  owner?: pci.Device;
  hits: number;
}

const slots = new Map<string, Slot>([['card0', { hits: 0 }]]);

export function claimSlot(dev: GpuDevice): void {
  if (!slots.has(dev.name)) slots.set(dev.name, { hits: 0 });
  dev.withUnbindGuard((parent) => {
    slots.get(dev.name)!.owner = parent.toNormal();
    slots.get(dev.name)!.hits++;
  });
}
