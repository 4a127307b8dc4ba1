// A reset path drops the registration and then opens a file on its device to check it came back.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export class ResetFailed extends Error {}

export async function resetNode(reg: drm.Registration<AuxDrm>): Promise<number> {
  const dev = reg.device();
  await reg.drop();
  const file = dev.openFile(); // expect: bindsafe/no-unregistered-device-use
  if (file === undefined) throw new ResetFailed('no file');
  return 1;
}
