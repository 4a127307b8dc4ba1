// After the drop, a helper files a toNormal() handle of the device in a module-level graveyard Map.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

const graveyard = new Map<string, drm.Device<AuxDrm>>();

function bury(dev: drm.Device<AuxDrm>): void {
  graveyard.set(`${dev.name}#${graveyard.size}`, dev.toNormal());
}

export async function dropAndBury(reg: drm.Registration<AuxDrm>): Promise<number> {
  await reg.drop();
  bury(reg.device());
  return graveyard.size;
}
