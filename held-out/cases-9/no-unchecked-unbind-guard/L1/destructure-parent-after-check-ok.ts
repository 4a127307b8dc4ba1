// After a `typeof` check the guard's parent is destructured and read inside the section.
import type { AuxDevice } from '../../../cases/_shared/aux-drm.js';

export function describe(dev: AuxDevice): string {
  using guard = dev.unbindGuard();
  if (typeof guard === 'undefined') return `${dev.name}: unplugged`;
  const { parent } = guard;
  const { id, modname } = parent;
  return `${dev.name}: ${modname}.${id}`;
}
