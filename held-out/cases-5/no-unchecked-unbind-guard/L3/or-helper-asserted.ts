// A same-file helper returns whichever of two GPUs can be entered, with `||`; the caller asserts its result with `!`. [class 6]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function enterEither(a: drm.Device<GpuDrm>, b: drm.Device<GpuDrm>): drm.UnbindGuard<GpuDrm> | undefined {
  return a.unbindGuard() || b.unbindGuard();
}

export function sharedVramSize(a: drm.Device<GpuDrm>, b: drm.Device<GpuDrm>): number {
  using guard = enterEither(a, b)!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_parent, data) => data.vramSize);
}
