// A sysfs show routine asserts the guard is present.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function showId(dev: AuxDevice): string {
  using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
  return String(guard.parent.id);
}
