// Context helpers: view an UnregisteredDevice as a registered drm.Device.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export const promote = (udev: drm.UnregisteredDevice<AuxDrm>): drm.Device<AuxDrm, drm.Registered> => {
  // SAFETY: callers promise the device has gone through Registration.new.
  return udev.assumeCtx<drm.Registered>();
};
