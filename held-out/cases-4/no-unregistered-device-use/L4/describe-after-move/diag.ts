// Diagnostics helpers: describe an UnregisteredDevice for the log.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export function describeDevice(udev: drm.UnregisteredDevice<AuxDrm>): string {
  return `${udev.name}: ${udev.data.frames} frames`;
}
