// A helper pushes into the collection its caller passes, here a module-level registry.
import type { GpuDevice, GpuRegData } from '../../_shared/gpu-drm.js';

const registry: GpuRegData[] = [];

function collect<T>(into: T[], item: T): number {
  return into.push(item);
}

export function enroll(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, data) => collect(registry, data)); // expect: bindsafe/no-leaked-unbind-guard
}
