// Reads the unregistered device's name.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function readName(udev: drm.UnregisteredDevice<GpuDrm>): string {
  return udev.name;
}
