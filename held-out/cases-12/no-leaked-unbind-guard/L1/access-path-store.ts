// Per-card slots live in a module Map; the probe path writes the parent into the slot it looks up. [class 6]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface Slot {
  owner?: pci.Device<device.Bound>;
  hits: number;
}

const slots = new Map<string, Slot>([['card0', { hits: 0 }]]);

export function claimSlot(dev: GpuDevice): void {
  if (!slots.has(dev.name)) slots.set(dev.name, { hits: 0 });
  dev.withUnbindGuard((parent) => {
    slots.get(dev.name)!.owner = parent; // expect: bindsafe/no-leaked-unbind-guard
    slots.get(dev.name)!.hits++;
  });
}
