// A store into arr[i].x puts the bound parent into a long-lived slot table. [class 6]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

interface Slot {
  owner: pci.Device | null;
}
export const slots: Slot[] = [{ owner: null }, { owner: null }];

export function claim(dev: GpuDevice, i: number): void {
  dev.withUnbindGuard((parent) => {
    slots[i]!.owner = parent; // expect: bindsafe/no-leaked-unbind-guard
  });
}
