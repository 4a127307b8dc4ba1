// A display mirror prefers the primary GPU and falls back with `??=`; the alias is checked for `undefined` before `using` takes it. [class 6]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function mirrorTarget(primary: drm.Device<GpuDrm>, secondary: drm.Device<GpuDrm>): string | undefined {
  let entered = primary.unbindGuard();
  entered ??= secondary.unbindGuard();
  if (entered === undefined) return undefined;
  using guard = entered;
  const vram = guard.registrationDataWith((_parent, data) => data.vramSize);
  return `${guard.parent.name}:${vram}`;
}
