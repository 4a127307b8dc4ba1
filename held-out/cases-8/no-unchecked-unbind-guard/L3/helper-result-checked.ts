// A helper passes the guard on; the caller checks the result before use.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function sectionFor(devs: ReadonlyMap<number, GpuDevice>, minor: number) {
  return devs.get(minor)?.unbindGuard();
}

export function minorVendor(devs: ReadonlyMap<number, GpuDevice>, minor: number): number | undefined {
  using guard = sectionFor(devs, minor);
  if (!guard) return undefined;
  return guard.parent.vendorId;
}
