// Drops a registration, recording why.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../../cases/_shared/aux-drm.js';

export const reasons: string[] = [];

export default async function teardown(reg: drm.Registration<AuxDrm>, reason: string): Promise<void> {
  reasons.push(reason);
  await reg.drop();
}
