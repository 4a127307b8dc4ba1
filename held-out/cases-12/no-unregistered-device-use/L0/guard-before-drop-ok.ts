// A runtime-PM hook parks the engines inside a critical section, then drops the DRM registration. [class 1]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export async function parkAndSuspend(reg: drm.Registration<AuxDrm>): Promise<string> {
  const dev = reg.device();
  let parked = 'unplugged';
  {
    using guard = dev.unbindGuard();
    if (guard) parked = `${guard.parent.name}: parked`;
  }
  await reg.drop();
  return `${dev.name} ${parked}`;
}
