// A shutdown path drops the registration, then runs a final flush helper that takes a guard on the device. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

function flushUnderGuard<D extends drm.AnyDriver>(dev: drm.Device<D>): boolean {
  using guard = dev.unbindGuard();
  if (guard === undefined) return false;
  return guard.parent.name !== '';
}

export async function shutdown(reg: drm.Registration<AuxDrm>): Promise<boolean> {
  const dev = reg.device();
  await reg.drop();
  return flushUnderGuard(dev); // expect: bindsafe/no-unregistered-device-use
}
