// After the drop, a toNormal() handle of the device is kept in a module WeakMap for post-mortem naming.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

const retired = new WeakMap<object, drm.Device<AuxDrm>>();

export async function retire(reg: drm.Registration<AuxDrm>, key: object): Promise<boolean> {
  const wasLive = !reg.dropped;
  await reg.drop();
  retired.set(key, reg.device().toNormal());
  return wasLive;
}

export function retiredName(key: object): string | undefined {
  return retired.get(key)?.name;
}
