// [class 6] A hot-reset tracker destructures the guard's parent and pushes it, wrapped in a record, to a module list.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface ResetRecord {
  readonly pdev: pci.Device<device.Bound>;
  readonly at: number;
}

const recentResets: ResetRecord[] = [];

export function noteReset(dev: GpuDevice): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  const { parent } = guard;
  recentResets.push({ pdev: parent, at: Date.now() }); // expect: bindsafe/no-leaked-unbind-guard
  return true;
}

export function resetCount(): number {
  return recentResets.length;
}
