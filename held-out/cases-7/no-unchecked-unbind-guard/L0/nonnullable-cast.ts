// [class 8] A debugfs reader casts with NonNullable<ReturnType<…>> to drop the unplugged case.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Guard = NonNullable<ReturnType<GpuDevice['unbindGuard']>>;

export function debugfsBars(dev: GpuDevice): string {
  using guard = dev.unbindGuard() as Guard; // expect: bindsafe/no-unchecked-unbind-guard
  return [0, 1, 2].map((bar) => guard.parent.resourceLen(bar)).join(' ');
}
