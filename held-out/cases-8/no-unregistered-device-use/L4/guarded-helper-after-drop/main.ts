// A removal path drops the primary registration and the others (Promise.all), then asks an imported helper for one parent's id. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { parentId } from './parent-info.js';

export async function removeAll(primary: drm.Registration<AuxDrm>, others: readonly drm.Registration<AuxDrm>[]): Promise<number> {
  const dev = primary.device();
  await primary.drop();
  await Promise.all(others.map((r) => r.drop()));
  return parentId(dev) ?? -1; // expect: bindsafe/no-unregistered-device-use
}
