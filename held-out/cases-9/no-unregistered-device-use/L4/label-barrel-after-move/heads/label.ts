// Helper module: a label for a pending head, read from the unregistered device.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../../cases/_shared/aux-drm.js';

export function headLabel(udev: drm.UnregisteredDevice<AuxDrm>, index = 0): string {
  return `${udev.name}-${index}`;
}
