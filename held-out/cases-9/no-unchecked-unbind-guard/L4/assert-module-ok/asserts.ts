// Helper module: an assertion function for guards.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export function assertGuard(guard: drm.UnbindGuard<AuxDrm> | undefined, context: string): asserts guard is drm.UnbindGuard<AuxDrm> {
  if (!guard) throw new Error(`${context}: device unplugged`);
}
