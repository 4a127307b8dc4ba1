// A teardown drops the registration through an alias and then reads the device's name and data.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export async function summarize(owner: { readonly reg: drm.Registration<AuxDrm> }): Promise<string> {
  const registration = owner.reg;
  const dev = owner.reg.device();
  await registration.drop();
  const { name, data } = dev;
  return `${name}: ${data.frames}`;
}
