// A suspend path opens a probe file through a helper while registered, then drops the registration.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

function touch(dev: drm.Device<AuxDrm>): number {
  return dev.openFile().inner().opened;
}

export async function suspend(reg: drm.Registration<AuxDrm>): Promise<number> {
  const stamp = touch(reg.device());
  await reg.drop();
  return stamp;
}
