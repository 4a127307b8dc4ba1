// A registry keyed by owner in a WeakMap opens a file on the registered device, then drops it.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

const registry = new WeakMap<object, drm.Registration<AuxDrm>>();

export function track(owner: object, reg: drm.Registration<AuxDrm>): void {
  registry.set(owner, reg);
}

export async function probeAndRelease(owner: object): Promise<number> {
  const reg = registry.get(owner);
  if (reg === undefined) return 0;
  const stamp = reg.device().openFile().inner().opened;
  await reg.drop();
  registry.delete(owner);
  return stamp;
}
