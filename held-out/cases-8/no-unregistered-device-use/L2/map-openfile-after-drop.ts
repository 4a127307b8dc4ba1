// After dropping the registration, a stress loop maps over slots and opens a file per slot. [class 7]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export async function stressAfterReset(reg: drm.Registration<AuxDrm>, slots = 4): Promise<number> {
  const dev = reg.device();
  await reg.drop();
  const files = Array.from({ length: slots }, () => dev.openFile()); // expect: bindsafe/no-unregistered-device-use
  return files.length;
}
