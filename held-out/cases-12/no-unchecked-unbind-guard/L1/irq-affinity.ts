// An IRQ-affinity report keeps the guard in a `using` alias and asserts it before reading the parent. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function affinityReport(dev: GpuDevice, cpus: readonly number[]): string {
  using guard = dev.unbindGuard();
  const parent = guard!.parent; // expect: bindsafe/no-unchecked-unbind-guard
  return `${parent.name} vector0 -> cpus ${cpus.join(',')}`;
}
