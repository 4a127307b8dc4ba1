// A display mirror falls back from the primary to the secondary GPU with `||=` and asserts the alias with `!`: both may be unplugged. [class 6]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function mirrorVram(primary: drm.Device<GpuDrm>, secondary: drm.Device<GpuDrm>): number {
  let entered = primary.unbindGuard();
  entered ||= secondary.unbindGuard();
  using guard = entered!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_parent, data) => data.vramSize);
}
