// The keep-alive path holds the overloaded helper's guard and checks it with === undefined.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function sectionOf(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined;
function sectionOf(devs: readonly GpuDevice[]): drm.UnbindGuard<GpuDrm> | undefined;
function sectionOf(arg: GpuDevice | readonly GpuDevice[]): drm.UnbindGuard<GpuDrm> | undefined {
  const dev = Array.isArray(arg) ? arg[0] : (arg as GpuDevice);
  return dev?.unbindGuard();
}

export function keepAlive(devs: readonly GpuDevice[]): string {
  using guard = sectionOf(devs);
  if (guard === undefined) return 'no card plugged';
  return `first card on ${guard.parent.name}`;
}
