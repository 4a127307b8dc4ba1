// The driver data's summary() method, used by a sysfs attribute, reads the frame count of the moved device. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Summarised { readonly reg: drm.Registration<AuxDrm>; summary(): string }

export const summaryDriver: auxiliary.Driver<Summarised> = {
  name: 'b14c-summary',
  idTable: [{ modname: 'b14c', name: 'summary' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'summary' }, 0);
    return {
      reg,
      summary() {
        return `frames=${udev.data.frames}`; // expect: bindsafe/no-unregistered-device-use
      },
    };
  },
};
