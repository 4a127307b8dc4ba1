// [class 8] A GPU driver's wake helper returns unbindGuard()'s result; its caller discards it.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function enterSection(dev: GpuDevice) {
  return dev.unbindGuard();
}

export function wake(dev: GpuDevice): void {
  dev.data.submitted += 1;
  enterSection(dev); // expect: bindsafe/no-unchecked-unbind-guard
}
