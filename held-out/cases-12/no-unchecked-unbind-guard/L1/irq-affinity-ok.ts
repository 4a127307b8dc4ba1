// An IRQ-affinity report keeps the guard in a `using` alias and reads the parent through `?.`. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function affinityReport(dev: GpuDevice, cpus: readonly number[]): string {
  using guard = dev.unbindGuard();
  const parent = guard?.parent;
  if (parent === undefined) return `${dev.name}: unplugged`;
  return `${parent.name} vector0 -> cpus ${cpus.join(',')}`;
}
