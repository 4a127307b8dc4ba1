// An overloaded sectionOf() helper (one device, or the first of a list) is voided by a keep-alive path.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function sectionOf(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined;
function sectionOf(devs: readonly GpuDevice[]): drm.UnbindGuard<GpuDrm> | undefined;
function sectionOf(arg: GpuDevice | readonly GpuDevice[]): drm.UnbindGuard<GpuDrm> | undefined {
  const dev = Array.isArray(arg) ? arg[0] : (arg as GpuDevice);
  return dev?.unbindGuard();
}

export function keepAlive(devs: readonly GpuDevice[]): number {
  void sectionOf(devs); // expect: bindsafe/no-unchecked-unbind-guard
  return devs.length;
}
