// [class 8] An old-style angle-bracket type assertion on the guard in a fan-speed query.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function fanRpm(dev: GpuDevice, scale: number = 60): number {
  using guard = <drm.UnbindGuard<GpuDrm>>dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.revision * scale;
}
