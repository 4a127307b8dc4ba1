// The guard is taken into an alias and asserted on the next line, released in finally.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function frameId(dev: AuxDevice): number {
  const maybe = dev.unbindGuard();
  const guard = maybe!; // expect: bindsafe/no-unchecked-unbind-guard
  try {
    return guard.parent.id + dev.data.frames;
  } finally {
    guard.release();
  }
}
