// An interrupt-slot table maps each slot to the (parent, BAR) pair its handler will poke. [class 6]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Slot = readonly [pci.Device<device.Bound>, pci.Bar];

const slots: (Slot | undefined)[] = new Array<Slot | undefined>(8).fill(undefined);

export function claimSlot(dev: GpuDevice, slot: number): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  return guard.registrationDataWith((parent, data) => {
    const pair: Slot = [parent, data.bar];
    slots[slot] = pair; // expect: bindsafe/no-leaked-unbind-guard
    return true;
  });
}

export function slotsInUse(): number {
  return slots.filter((s) => s !== undefined).length;
}
