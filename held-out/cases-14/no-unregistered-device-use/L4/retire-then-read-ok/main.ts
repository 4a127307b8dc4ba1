// A hot-unplug path retires the node through an imported helper, then reports only its name, data and a handle. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { retire } from './retire.js';

export interface UnplugReport { readonly name: string; readonly frames: number; readonly handle: drm.Device<AuxDrm>; readonly took: number }

export async function unplugOk(reg: drm.Registration<AuxDrm>): Promise<UnplugReport> {
  const dev = reg.device();
  const took = await retire(reg);
  return { name: dev.name, frames: dev.data.frames, handle: dev.toNormal(), took };
}
