// After the drop a same-file helper summarises the device from its name and data only.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

function summarise(dev: drm.Device<AuxDrm>): string {
  return `${dev.name}: ${dev.data.frames} frames`;
}

export async function finish(reg: drm.Registration<AuxDrm>): Promise<string> {
  await reg.drop();
  return summarise(reg.device());
}
