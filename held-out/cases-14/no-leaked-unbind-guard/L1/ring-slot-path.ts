// A ring registry routes completion events to per-ring slots; binding a ring stores the BAR in its slot. [class 6]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface RingSlot {
  bar?: pci.Bar;
  completions: number;
}

const rings = new Map<number, RingSlot>([
  [0, { completions: 0 }],
  [1, { completions: 0 }],
]);

export function bindRing(dev: GpuDevice, ring: number): void {
  if (!rings.has(ring)) return;
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    rings.get(ring)!.bar = data.bar; // expect: bindsafe/no-leaked-unbind-guard
  });
}

export function complete(ring: number): void {
  const slot = rings.get(ring);
  if (slot) slot.completions++;
}
