// A ternary handles the unplugged case of an aliased guard.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function idOr(dev: AuxDevice, fallback = -1): number {
  using guard = dev.unbindGuard();
  const alias = guard;
  return alias ? alias.parent.id : fallback;
}
