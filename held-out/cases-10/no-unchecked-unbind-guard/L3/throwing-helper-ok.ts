// A helper throws for the unplugged case itself; callers use its result directly.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

function requireGuard(dev: AuxDevice): drm.UnbindGuard<AuxDrm> {
  const guard = dev.unbindGuard();
  if (guard === undefined) throw new Error(`${dev.name}: unplugged`);
  return guard;
}

export function parentId(dev: AuxDevice): number {
  using guard = requireGuard(dev);
  return guard.parent.id;
}
