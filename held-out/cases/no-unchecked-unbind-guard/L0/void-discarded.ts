// void on the result is still a discarded guard.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function ping(dev: GpuDevice): boolean {
  void dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  return true;
}
