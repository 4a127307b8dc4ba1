// Publish and retire helpers: publish() moves the device; retire() drops and reads only names afterwards.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../../cases/_shared/aux-drm.js';

export function publish(adev: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, label: string): drm.Registration<AuxDrm> {
  return drm.Registration.new(adev, udev, { core: adev.asRef(), label }, 0);
}

export async function retire(reg: drm.Registration<AuxDrm>): Promise<string> {
  const name = reg.device().name;
  await reg.drop();
  return `${name} retired (${reg.device().name})`;
}
