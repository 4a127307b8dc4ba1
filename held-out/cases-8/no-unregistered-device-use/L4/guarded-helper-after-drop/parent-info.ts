// Reads the parent's id inside a critical section.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export function parentId(dev: drm.Device<AuxDrm>): number | undefined {
  return dev.withUnbindGuard((parent) => parent.id);
}
