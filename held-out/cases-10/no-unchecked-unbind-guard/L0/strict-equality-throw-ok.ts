// A custom error class is thrown when the guard is undefined.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export class UnpluggedError extends Error {
  override readonly name = 'UnpluggedError';
}

export function requireId(dev: AuxDevice): number {
  using guard = dev.unbindGuard();
  if (guard === undefined) throw new UnpluggedError(dev.name);
  return guard.parent.id;
}
