// A generic helper writes its argument into the slot object it is given (a module object). [class 7]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface Slot<T> {
  value?: T;
  writes: number;
}

function put<T>(slot: Slot<T>, value: T): void {
  slot.value = value;
  slot.writes++;
}

const barSlot: Slot<pci.Bar> = { writes: 0 };

export function capture(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    put(barSlot, data.bar); // expect: bindsafe/no-leaked-unbind-guard
  });
}
