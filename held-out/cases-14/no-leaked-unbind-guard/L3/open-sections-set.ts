// A section tracker keeps open guards in a module-level set so a debug event can list them.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const openSections = new Set<drm.UnbindGuard<GpuDrm>>();

function track(guard: drm.UnbindGuard<GpuDrm>): number {
  openSections.add(guard);
  return openSections.size;
}

export function debugDump(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return track(guard); // expect: bindsafe/no-leaked-unbind-guard
}
