// A GPU's DRM setup names its render node from the still-unregistered device, with the Uninit view justified. [class 3]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const renderNodeName = (udev: drm.UnregisteredDevice<GpuDrm>, minor?: number): string => {
  // SAFETY: `Uninit` is the context every unregistered device is in; nothing registered-only is reached.
  const uninit = udev.assumeCtx<drm.Uninit>();
  return `${uninit.name}/renderD${128 + (minor ?? 0)}`;
};
