// Promise.all polls every live registration's device inside a guard; nothing is dropped.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export async function pollAll(regs: readonly drm.Registration<AuxDrm>[]): Promise<(number | undefined)[]> {
  return Promise.all(regs.map(async (reg) => reg.device().withUnbindGuard((parent) => parent.id)));
}
