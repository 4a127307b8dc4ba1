// A hot-unplug path drops the registration and opens a diagnostics file in the .then callback.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function unplug(reg: drm.Registration<AuxDrm>): Promise<number> {
  const dev = reg.device();
  return reg.drop().then(() => dev.openFile().inner().opened); // expect: bindsafe/no-unregistered-device-use
}
