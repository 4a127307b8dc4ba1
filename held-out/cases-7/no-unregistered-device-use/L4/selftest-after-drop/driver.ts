// A recovery routine drops the registration, then runs an imported self-test that opens a file on the unplugged device.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { openProbe } from './selftest.js';

export class RecoveryError extends Error {}

export async function recover(reg: drm.Registration<AuxDrm>): Promise<number> {
  const dev = reg.device();
  const before = openProbe(dev);
  await reg.drop();
  const after = openProbe(dev); // expect: bindsafe/no-unregistered-device-use
  if (after < before) throw new RecoveryError('clock went backwards');
  return after - before;
}
