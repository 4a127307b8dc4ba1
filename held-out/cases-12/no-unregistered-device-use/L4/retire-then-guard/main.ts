// A hot-unplug path retires the DRM node with a default-exported helper from another module, then still runs a guarded callback. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import retire from './lifecycle.js';

export async function hotUnplug(reg: drm.Registration<AuxDrm>): Promise<string | undefined> {
  const dev = reg.device();
  await retire(reg);
  return dev.withUnbindGuard((parent) => parent.name); // expect: bindsafe/no-unregistered-device-use
}
