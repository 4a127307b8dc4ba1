// The device data is rebuilt from spread defaults before registration.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

const defaults = { frames: 24 } as const;

export const spreadDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b10d-spread',
  idTable: [{ modname: 'b10d_gpu', name: 'spread' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    udev.data = { ...udev.data, ...defaults };
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'spread' }, 0);
    return { reg };
  },
};
