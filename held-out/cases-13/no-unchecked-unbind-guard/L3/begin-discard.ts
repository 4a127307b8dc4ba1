// A debug "poke" command calls a begin-access helper for its side effect and drops the guard it returns.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function beginAccess(dev: GpuDevice, why: string): drm.UnbindGuard<GpuDrm> | undefined {
  console.debug(`${dev.name}: begin access (${why})`);
  return dev.unbindGuard();
}

export function poke(dev: GpuDevice, value: number): number {
  beginAccess(dev, 'poke'); // expect: bindsafe/no-unchecked-unbind-guard
  dev.data.submitted = value;
  return value;
}
