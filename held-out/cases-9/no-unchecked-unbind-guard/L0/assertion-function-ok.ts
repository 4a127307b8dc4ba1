// An assertion function narrows the guard before a multi-field report is built.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

function assertPresent(guard: drm.UnbindGuard<AuxDrm> | undefined, what: string): asserts guard is drm.UnbindGuard<AuxDrm> {
  if (guard === undefined) throw new RangeError(`${what}: unplugged`);
}

export function report(dev: AuxDevice): { readonly id: number; readonly modname: string } {
  using guard = dev.unbindGuard();
  assertPresent(guard, dev.name);
  return { id: guard.parent.id, modname: guard.parent.modname };
}
