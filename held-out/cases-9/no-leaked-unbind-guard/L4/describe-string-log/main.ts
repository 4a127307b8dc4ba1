// The driver logs a string another module formats from the parent [class 2].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { describeParent } from './format.js';

export const probeLog: string[] = [];

export function logIdentity(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  probeLog.push(describeParent(guard.parent));
}
