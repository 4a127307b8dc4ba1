// A one-line description of a DRM device during setup.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export default function describe(udev: drm.UnregisteredDevice<AuxDrm>, ...extra: string[]): string {
  return [udev.name, `${udev.data.frames}fps`, ...extra].join(' ');
}
