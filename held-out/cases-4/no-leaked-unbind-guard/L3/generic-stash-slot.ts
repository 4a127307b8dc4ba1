// A generic `stash<T>` helper writes its value into a slot object; the caller's slot is module-level and the value is the guard's parent. [class 8]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface Slot<T> {
  value?: T;
  updated: number;
}

function stash<T>(slot: Slot<T>, value: T): T {
  slot.value = value;
  slot.updated = Date.now();
  return value;
}

const bootParent: Slot<pci.Device<device.Bound>> = { updated: 0 };

export function recordBootDevice(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  const parent = stash(bootParent, guard.parent); // expect: bindsafe/no-leaked-unbind-guard
  return parent.deviceId;
}
