// A ring scheduler looks its slot up in a module-level Map and hangs the BAR on it for the doorbell. [class 6]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface Slot {
  readonly ring: number;
  doorbell?: pci.Bar;
}

const slots = new Map<number, Slot>([0, 1, 2].map((ring) => [ring, { ring }] as const));

export const armDoorbell = (dev: GpuDevice, ring: number): boolean => {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  return guard.registrationDataWith((_parent, data) => {
    const slot = slots.get(ring);
    if (!slot) return false;
    slot.doorbell = data.bar; // expect: bindsafe/no-leaked-unbind-guard
    return true;
  });
};
