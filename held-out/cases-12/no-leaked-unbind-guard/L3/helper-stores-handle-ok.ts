// The PM helper stores a Device<Normal> handle of what it is given, so the parent itself stays inside. [class 2]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let lastResumed: pci.Device | undefined;

function noteResume(parent: pci.Device<device.Bound>): void {
  parent.asRef().info('resumed');
  lastResumed = parent.toNormal();
}

export function resume(dev: GpuDevice): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  noteResume(guard.parent);
  return true;
}

export const lastResumedName = (): string | undefined => lastResumed?.name;
