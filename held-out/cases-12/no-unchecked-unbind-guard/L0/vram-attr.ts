// A sysfs-style attribute reads the VRAM BAR length of a GPU, asserting the device is plugged. [class 8]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function vramBarLen(dev: GpuDevice): number {
  using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.resourceLen(0);
}
