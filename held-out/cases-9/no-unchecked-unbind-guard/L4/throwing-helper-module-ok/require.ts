// Helper module: returns a definite guard or throws for the unplugged device.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export class Unplugged extends Error {
  override readonly name = 'Unplugged';
}

export function requireGuard(dev: AuxDevice): drm.UnbindGuard<AuxDrm> {
  const guard = dev.unbindGuard();
  if (guard === undefined) throw new Unplugged(dev.name);
  return guard;
}
