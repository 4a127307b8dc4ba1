// A wrapper object holding guard.parent is pushed into another module's list [class 4].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { DeviceRef, knownRefs } from './index.js';

export function track(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  if (!guard) return knownRefs.length;
  const ref = new DeviceRef(guard.parent, dev.name);
  knownRefs.push(ref); // expect: bindsafe/no-leaked-unbind-guard
  return knownRefs.length;
}
