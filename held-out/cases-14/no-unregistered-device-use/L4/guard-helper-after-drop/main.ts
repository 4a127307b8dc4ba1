// A shutdown path drops the registration, then runs a final flush through an imported guarded helper. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { withParent } from './flush/index.js';

export async function shutdown(reg: drm.Registration<AuxDrm>): Promise<number> {
  const dev = reg.device();
  await reg.drop();
  return withParent(dev, (name) => name.length) ?? 0; // expect: bindsafe/no-unregistered-device-use
}
