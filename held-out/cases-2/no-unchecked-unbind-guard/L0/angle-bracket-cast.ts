// An angle-bracket cast drops undefined from the guard. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function coreName(dev: AuxDevice): string {
  using guard = <drm.UnbindGuard<AuxDrm>>dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_parent, data) => data.core.name);
}
