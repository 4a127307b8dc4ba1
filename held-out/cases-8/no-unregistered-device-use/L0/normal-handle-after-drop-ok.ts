// After dropping a registration, a tracker keeps a toNormal() handle of its device in a module-level Set.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

const retired = new Set<drm.Device<AuxDrm>>();

export async function retire(reg: drm.Registration<AuxDrm>): Promise<number> {
  await reg.drop();
  retired.add(reg.device().toNormal());
  return retired.size;
}
