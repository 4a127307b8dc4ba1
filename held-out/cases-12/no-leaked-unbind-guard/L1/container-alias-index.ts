// Interrupt routing keeps a per-vector owner table; the code writes into it through a local alias. [class 6]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const vectorOwners: (pci.Device<device.Bound> | undefined)[] = new Array(32);

export function routeVector(dev: GpuDevice, vector: number): boolean {
  using guard = dev.unbindGuard();
  if (!guard || vector < 0 || vector >= 32) return false;
  const table = vectorOwners;
  const owner = guard.parent;
  table[vector] = owner; // expect: bindsafe/no-leaked-unbind-guard
  return true;
}
