// [class 8] A helper returns one of two devices' guards; the caller casts its result.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function pick(main: GpuDevice, overlay?: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
  return overlay ? overlay.unbindGuard() : main.unbindGuard();
}

export function overlayRevision(main: GpuDevice, overlay?: GpuDevice): number {
  using guard = pick(main, overlay) as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.revision;
}
