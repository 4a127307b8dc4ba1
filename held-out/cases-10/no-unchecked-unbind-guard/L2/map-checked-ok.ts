// Collecting ids with map, each callback checks its guard.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function collectIds(devs: readonly AuxDevice[]): (number | null)[] {
  return devs.map((dev) => {
    using guard = dev.unbindGuard();
    return guard ? guard.parent.id : null;
  });
}
