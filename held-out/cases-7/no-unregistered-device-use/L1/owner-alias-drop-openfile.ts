// A reset path drops the registration through an owner object's field and then opens a file on the original registration's device.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Owner {
  readonly reg: drm.Registration<AuxDrm>;
  readonly reason: string;
}

export async function resetAndProbe(reg: drm.Registration<AuxDrm>): Promise<number> {
  const owner: Owner = { reg, reason: 'gpu hang' };
  await owner.reg.drop();
  const file = reg.device().openFile(); // expect: bindsafe/no-unregistered-device-use
  return file.inner().opened;
}
