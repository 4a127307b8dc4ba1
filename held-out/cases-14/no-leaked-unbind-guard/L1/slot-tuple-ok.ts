// An interrupt-slot table maps each slot to the (vendor, BAR size) pair its handler will report. [class 2]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Slot = readonly [vendor: number, barSize: number];

const slots: (Slot | undefined)[] = new Array<Slot | undefined>(8).fill(undefined);

export function claimSlot(dev: GpuDevice, slot: number): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  return guard.registrationDataWith((parent, data) => {
    const pair: Slot = [parent.vendorId, data.bar.size];
    slots[slot] = pair;
    return true;
  });
}

export function slotsInUse(): number {
  return slots.filter((s) => s !== undefined).length;
}
