// After narrowing the guard, the parent is destructured.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function ids(dev: AuxDevice): { readonly id: number; readonly modname: string } | null {
  using guard = dev.unbindGuard();
  if (guard === undefined) return null;
  const { parent } = guard;
  return { id: parent.id, modname: parent.modname };
}
