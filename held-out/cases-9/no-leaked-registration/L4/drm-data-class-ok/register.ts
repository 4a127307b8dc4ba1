import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxData, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export function bringUp(adev: auxiliary.Device<device.Core>, label: string): drm.Registration<AuxDrm> {
  const data: AuxData = { adev: adev.toNormal(), frames: 0 };
  return drm.Registration.new(adev, drm.UnregisteredDevice.new(auxDrm, adev, data), { core: adev.asRef(), label }, 0);
}
