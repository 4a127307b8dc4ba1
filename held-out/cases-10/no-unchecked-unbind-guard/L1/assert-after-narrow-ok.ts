// A non-null assertion used only after the alias was narrowed.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function safeId(dev: AuxDevice): number {
  const maybe: drm.UnbindGuard<AuxDrm> | undefined = dev.unbindGuard();
  if (maybe === undefined) return 0;
  using guard = maybe!;
  return guard.parent.id;
}
