// A section tracker counts open sections by parent name so a debug event can list them.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const openSections = new Map<string, number>();

function track(guard: drm.UnbindGuard<GpuDrm>): number {
  const name = guard.parent.name;
  openSections.set(name, (openSections.get(name) ?? 0) + 1);
  return openSections.size;
}

export function debugDump(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return track(guard);
}
