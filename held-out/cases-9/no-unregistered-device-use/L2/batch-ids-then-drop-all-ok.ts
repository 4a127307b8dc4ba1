// [class 5] Parent ids are read through withUnbindGuard in a `.map` before Promise.all drops every registration.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export async function teardownAll(regs: readonly drm.Registration<AuxDrm>[]): Promise<(number | undefined)[]> {
  const ids = regs.map((reg) => reg.device().withUnbindGuard((parent) => parent.id));
  await Promise.all(regs.map((reg) => reg.drop()));
  return ids;
}
