// A helper throws its own ENODEV-style error for the unplugged case; its callers get a definite guard.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export class NoDeviceError extends Error {
  readonly errno = -19;
  constructor(devName: string, options?: ErrorOptions) {
    super(`${devName}: no such device`, options);
  }
}

function requireSection(dev: AuxDevice): drm.UnbindGuard<AuxDrm> {
  const guard = dev.unbindGuard();
  if (!guard) throw new NoDeviceError(dev.name);
  return guard;
}

export function parentName(dev: AuxDevice): string {
  using guard = requireSection(dev);
  return guard.parent.name;
}
