// A burst test opens a file per slot with map() while registered, then drops the registration.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export async function burstThenDrop(reg: drm.Registration<AuxDrm>, slots = 3): Promise<number[]> {
  const dev = reg.device();
  const stamps = [...Array(slots).keys()].map(() => dev.openFile().inner().opened);
  await reg.drop();
  return stamps;
}
