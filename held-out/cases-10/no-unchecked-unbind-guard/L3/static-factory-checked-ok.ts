// A static factory returns the guard or undefined; the caller checks.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

class Section {
  static open(dev: AuxDevice): drm.UnbindGuard<AuxDrm> | undefined {
    return dev.unbindGuard();
  }
}

export function modname(dev: AuxDevice): string | undefined {
  using guard = Section.open(dev);
  if (!guard) return undefined;
  return guard.parent.modname;
}
