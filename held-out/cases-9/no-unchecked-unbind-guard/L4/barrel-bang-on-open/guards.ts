// Helper module: a small service object that passes the device's guard on.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export const sections = {
  open(dev: AuxDevice): drm.UnbindGuard<AuxDrm> | undefined {
    return dev.unbindGuard();
  },
};
