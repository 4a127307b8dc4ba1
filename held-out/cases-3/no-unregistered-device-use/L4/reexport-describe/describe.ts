// Formats an unregistered device for the log.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function labelOf(udev: drm.UnregisteredDevice<GpuDrm>): string {
  return `${udev.name}/${udev.data.submitted}`;
}
