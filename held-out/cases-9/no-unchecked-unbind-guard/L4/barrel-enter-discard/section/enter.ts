// Helper module: opens a critical section and hands the result on.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../../../cases/_shared/aux-drm.js';

export function openSection(dev: AuxDevice): drm.UnbindGuard<AuxDrm> | undefined {
  return dev.unbindGuard();
}
