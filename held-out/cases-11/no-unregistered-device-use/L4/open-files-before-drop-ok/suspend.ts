// A suspend path records open stamps through another module while the devices are registered, and only then drops the registrations.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { openStamps } from './files.js';

export async function suspendAll(primary: drm.Registration<AuxDrm>, ...rest: drm.Registration<AuxDrm>[]): Promise<number> {
  const all = [primary, ...rest];
  const stamps = openStamps(...all.map((reg) => reg.device()));
  await Promise.all(all.map((reg) => reg.drop()));
  return Math.max(0, ...stamps);
}
