// A perf-counter reader enters through an arrow helper and casts away the unplugged case. [class 7, 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const tryEnter = (dev: GpuDevice) => dev.unbindGuard();

export function readCounters(dev: GpuDevice, names: readonly string[]): number[] {
  using guard = tryEnter(dev) as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_p, data) => names.map((n) => data.counters[n] ?? 0));
}
