// An alias is cast with NonNullable<typeof …>.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function parentName(dev: AuxDevice): string {
  const entered = dev.unbindGuard();
  using guard = entered as NonNullable<typeof entered>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.modname;
}
