// Views of a DRM device in different contexts.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export function registeredView(udev: drm.UnregisteredDevice<AuxDrm>): AuxDevice {
  // SAFETY: only called for devices whose registration is underway.
  return udev.assumeCtx<drm.Registered>();
}
