// The C habit: drm_dev_enter() called for its side effect.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function runtimeSuspend(dev: GpuDevice): void {
  dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  console.log(`${dev.name}: suspending`);
}
