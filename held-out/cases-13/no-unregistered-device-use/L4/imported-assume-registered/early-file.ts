// Opens a probe-time file on a DRM device that is about to be registered.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function earlyFileId(udev: drm.UnregisteredDevice<GpuDrm>): number {
  // SAFETY: the caller registers the device before userspace can see it.
  const live: drm.Device<GpuDrm> = udev.assumeCtx<drm.Registered>();
  return live.openFile().inner().id;
}
