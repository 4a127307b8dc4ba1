// A same-file type predicate decides whether the guard is live before the parent is read.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

function isLive(guard: drm.UnbindGuard<AuxDrm> | undefined): guard is drm.UnbindGuard<AuxDrm> {
  return guard !== undefined;
}

export function maybeId(dev: AuxDevice): number | undefined {
  using guard = dev.unbindGuard();
  if (!isLive(guard)) return undefined;
  return guard.parent.id;
}
