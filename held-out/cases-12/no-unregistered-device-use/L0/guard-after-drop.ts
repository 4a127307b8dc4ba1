// A runtime-PM hook drops the DRM registration on suspend and then still tries to enter a critical section to park the engines. [class 1]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export async function suspendAndPark(reg: drm.Registration<AuxDrm>): Promise<string> {
  const dev = reg.device();
  await reg.drop();
  using guard = dev.unbindGuard(); // expect: bindsafe/no-unregistered-device-use
  if (!guard) return `${dev.name}: already unplugged`;
  return `${guard.parent.name}: parked`;
}
