// A teardown routine drops the registration and then takes one last guard to flush counters.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export async function teardown(reg: drm.Registration<AuxDrm>): Promise<number> {
  await reg.drop();
  using guard = reg.device().unbindGuard(); // expect: bindsafe/no-unregistered-device-use
  if (!guard) return -1;
  return guard.parent.id;
}
