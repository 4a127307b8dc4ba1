// A retire path drops the registration and then only reads the unplugged device's name, data and a handle. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export interface RetireReport<D extends drm.AnyDriver> {
  readonly name: string;
  readonly data: drm.DataOf<D>;
  readonly handle: drm.Device<D>;
}

export async function retire(reg: drm.Registration<AuxDrm>): Promise<RetireReport<AuxDrm>> {
  const dev = reg.device();
  await reg.drop();
  return { name: dev.name, data: dev.data, handle: dev.toNormal() };
}
