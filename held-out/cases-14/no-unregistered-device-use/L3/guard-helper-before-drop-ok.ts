// A shutdown path runs its final flush helper under a guard first, and only then drops the registration. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

function flushUnderGuard<D extends drm.AnyDriver>(dev: drm.Device<D>): boolean {
  using guard = dev.unbindGuard();
  if (guard === undefined) return false;
  return guard.parent.name !== '';
}

export async function shutdownOk(reg: drm.Registration<AuxDrm>): Promise<boolean> {
  const dev = reg.device();
  const flushed = flushUnderGuard(dev);
  await reg.drop();
  return flushed;
}
