// An auxiliary display keeps its DRM registration inside a nested `display` record of the data, next to the handle.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxData, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface LcdData {
  readonly display: {
    readonly registration: drm.Registration<AuxDrm>;
    readonly node: AuxDevice;
  };
  readonly backlight: number;
}

export const lcdDriver: auxiliary.Driver<LcdData> = {
  name: 'held9-lcd',
  idTable: [{ modname: 'held9_gpu', name: 'lcd' }],
  probe(adev: auxiliary.Device<device.Core>): LcdData {
    const data: AuxData = { adev: adev.toNormal(), frames: 0 };
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, data);
    const registration = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'lcd' }, 0);
    return { display: { registration, node: registration.device() }, backlight: 80 };
  },
};
