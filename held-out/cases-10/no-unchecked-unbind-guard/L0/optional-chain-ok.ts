// A status query uses optional chaining and a default for the unplugged case.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function modnameOrNone(dev: AuxDevice): string {
  using guard = dev.unbindGuard();
  return guard?.parent.modname ?? '(unplugged)';
}
