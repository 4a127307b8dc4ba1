// A counter bump uses a comma expression that discards the guard.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function bump(dev: AuxDevice): number {
  const n = (dev.unbindGuard(), dev.data.frames + 1); // expect: bindsafe/no-unchecked-unbind-guard
  return n;
}
