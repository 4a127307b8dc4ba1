// A PM helper remembers which parent last resumed; the resume path passes it the guard's parent.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let lastResumed: pci.Device<device.Bound> | undefined;

function noteResume(parent: pci.Device<device.Bound>): void {
  parent.asRef().info('resumed');
  lastResumed = parent;
}

export function resume(dev: GpuDevice): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  noteResume(guard.parent); // expect: bindsafe/no-leaked-unbind-guard
  return true;
}

export const lastResumedName = (): string | undefined => lastResumed?.name;
