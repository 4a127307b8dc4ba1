// A sysfs attribute asserts the guard with !.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function vramAttr(dev: GpuDevice): number {
  using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.resourceLen(1);
}
