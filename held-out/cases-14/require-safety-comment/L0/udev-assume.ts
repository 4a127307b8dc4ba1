// A GPU's DRM setup names its render node from the still-unregistered device, asking for an Uninit view without a word. [class 3]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const renderNodeName = (udev: drm.UnregisteredDevice<GpuDrm>, minor?: number): string =>
  `${udev.assumeCtx().name}/renderD${128 + (minor ?? 0)}`; // expect: bindsafe/require-safety-comment
