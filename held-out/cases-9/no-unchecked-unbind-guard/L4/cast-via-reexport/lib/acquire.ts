// Helper module: acquires the guard of a device looked up by name.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../../../cases/_shared/aux-drm.js';

export function acquire(heads: ReadonlyMap<string, AuxDevice>, name: string): drm.UnbindGuard<AuxDrm> | undefined {
  return heads.get(name)?.unbindGuard();
}
