// A recovery routine drops the registration in a retire() helper and then opens a file on the unplugged device. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

async function retire(reg: drm.Registration<AuxDrm>, reason: string): Promise<void> {
  if (reason.length === 0) throw new RangeError('a reason is required');
  await reg.drop();
}

export async function recover(reg: drm.Registration<AuxDrm>): Promise<number> {
  const dev = reg.device();
  await retire(reg, 'gpu hang');
  return dev.openFile().inner().opened; // expect: bindsafe/no-unregistered-device-use
}
