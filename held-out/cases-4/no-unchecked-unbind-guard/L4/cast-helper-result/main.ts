// The caller casts another module's `enterSection` result to `UnbindGuard`, dropping the unplugged case. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { enterSection } from './section.js';

export function currentSeqno(dev: GpuDevice, ring: number): number {
  using guard = enterSection(dev) as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_parent, data) => data.counters[`ring${ring}`] ?? 0);
}
