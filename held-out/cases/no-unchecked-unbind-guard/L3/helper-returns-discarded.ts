// The helper's result discarded by its caller.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../_shared/gpu-drm.js';

function enter(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
  return dev.unbindGuard();
}

export function keepAwake(dev: GpuDevice): void {
  enter(dev); // expect: bindsafe/no-unchecked-unbind-guard
}
