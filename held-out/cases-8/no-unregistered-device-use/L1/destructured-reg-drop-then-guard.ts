// A teardown destructures the registration out of the driver data, drops it, then takes a guard through the data's alias. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export interface OverlayData {
  readonly reg: drm.Registration<AuxDrm>;
  readonly label: string;
}

export async function quiesce(data: OverlayData): Promise<string | undefined> {
  const { reg } = data;
  await reg.drop();
  return data.reg.device().withUnbindGuard((parent) => parent.name); // expect: bindsafe/no-unregistered-device-use
}
