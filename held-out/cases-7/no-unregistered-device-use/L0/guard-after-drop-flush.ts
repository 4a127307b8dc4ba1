// A shutdown routine drops the registration and then tries to flush through an unbind-guard section on the unplugged device.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export async function shutdown(reg: drm.Registration<AuxDrm>): Promise<string | undefined> {
  const dev = reg.device();
  await reg.drop();
  return dev.withUnbindGuard((parent) => parent.name); // expect: bindsafe/no-unregistered-device-use
}
