// Builds a device label from the name the unregistered device reports.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { readName } from './read.js';

export function label(udev: drm.UnregisteredDevice<GpuDrm>): string {
  return `drm:${readName(udev)}`;
}
