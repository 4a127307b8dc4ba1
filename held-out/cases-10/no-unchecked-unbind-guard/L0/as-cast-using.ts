// A status query casts the guard to drop its undefined case.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function modname(dev: AuxDevice): string {
  using guard = dev.unbindGuard() as drm.UnbindGuard<AuxDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.modname;
}
