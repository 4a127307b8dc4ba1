// A hot-unplug path retires the node through an imported helper, then takes one more guard on its device. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { retire } from './retire.js';

export async function unplug(reg: drm.Registration<AuxDrm>): Promise<boolean> {
  const dev = reg.device();
  const took = await retire(reg);
  using guard = dev.unbindGuard(); // expect: bindsafe/no-unregistered-device-use
  return guard !== undefined && took >= 0;
}
