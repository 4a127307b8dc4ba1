// Setup helpers used before registration.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../_shared/gpu-drm.js';

export function applyDefaults(udev: drm.UnregisteredDevice<GpuDrm>, label: string): void {
  udev.data = { ...udev.data, label, submitted: 0 };
}
