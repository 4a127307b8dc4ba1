// Formats an UnregisteredDevice for logs.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';

function describeUnregistered(udev: drm.UnregisteredDevice<AuxDrm>): string {
  return `${udev.name} [${udev.data.frames}]`;
}

export { describeUnregistered as describe };
