// A helper returns the guard; the caller calls it for its side effect.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

function enter(dev: AuxDevice): drm.UnbindGuard<AuxDrm> | undefined {
  return dev.unbindGuard();
}

export function poke(dev: AuxDevice): void {
  enter(dev); // expect: bindsafe/no-unchecked-unbind-guard
}
