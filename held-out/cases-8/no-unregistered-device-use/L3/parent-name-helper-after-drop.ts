// A status report calls parentName(), a helper that takes an unbind guard, after the registration was dropped. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

function parentName(dev: drm.Device<AuxDrm>): string {
  return dev.withUnbindGuard((parent) => parent.name) ?? '(unplugged)';
}

export async function finalStatus(reg: drm.Registration<AuxDrm>): Promise<string> {
  const dev = reg.device();
  await reg.drop();
  const parent = parentName(dev); // expect: bindsafe/no-unregistered-device-use
  return `${dev.name} under ${parent}`;
}
