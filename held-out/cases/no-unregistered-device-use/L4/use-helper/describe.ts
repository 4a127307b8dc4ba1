// Description helpers for DRM devices under setup.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../_shared/gpu-drm.js';

export function describeSetup(udev: drm.UnregisteredDevice<GpuDrm>): string {
  return `${udev.name} (${udev.data.label})`;
}
