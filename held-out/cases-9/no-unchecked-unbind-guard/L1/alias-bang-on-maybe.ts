// [class 6] The guard goes through an alias `maybe` and is asserted on the alias.
import type { AuxDevice } from '../../../cases/_shared/aux-drm.js';

export function parentTag(dev: AuxDevice, prefix = 'aux'): string {
  const maybe = dev.unbindGuard();
  using guard = maybe!; // expect: bindsafe/no-unchecked-unbind-guard
  return `${prefix}:${guard.parent.modname}.${guard.parent.id}`;
}
