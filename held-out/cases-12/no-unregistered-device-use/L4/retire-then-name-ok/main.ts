// A hot-unplug path runs its guarded callback, retires the node with a default-exported helper, and afterwards keeps only a handle. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import retire from './lifecycle.js';

const graveyard = new Set<AuxDevice>();

export async function hotUnplug(reg: drm.Registration<AuxDrm>): Promise<string> {
  const dev = reg.device();
  const parentName = dev.withUnbindGuard((parent) => parent.name) ?? 'unplugged';
  await retire(reg);
  graveyard.add(dev.toNormal());
  return `${dev.name} (parent ${parentName}) retired after ${dev.data.frames} frames`;
}
