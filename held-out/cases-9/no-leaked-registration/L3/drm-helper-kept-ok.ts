// A same-file helper makes the DRM registration; probe keeps it and its handle in the data.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxData, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function registerDisplay(adev: auxiliary.Device<device.Core>, label: string): drm.Registration<AuxDrm> {
  const data: AuxData = { adev: adev.toNormal(), frames: 0 };
  return drm.Registration.new(adev, drm.UnregisteredDevice.new(auxDrm, adev, data), { core: adev.asRef(), label }, 0);
}

interface KioskData {
  readonly registration: drm.Registration<AuxDrm>;
  readonly node: AuxDevice;
}

export const kioskDriver: auxiliary.Driver<KioskData> = {
  name: 'held9-kiosk',
  idTable: [{ modname: 'held9_gpu', name: 'kiosk' }],
  probe(adev: auxiliary.Device<device.Core>): KioskData {
    const registration = registerDisplay(adev, 'kiosk');
    return { registration, node: registration.device() };
  },
};
