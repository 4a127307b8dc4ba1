// The driver data carries a describe() closure for debugfs that reads the name of the moved UnregisteredDevice. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Described<T> { readonly value: T; readonly describe: () => string }

export const describedDriver: auxiliary.Driver<Described<drm.Registration<AuxDrm>>> = {
  name: 'b14c-described',
  idTable: [{ modname: 'b14c', name: 'described' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const value = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'described' }, 0);
    return {
      value,
      describe: () => `drm node ${udev.name}`, // expect: bindsafe/no-unregistered-device-use
    };
  },
};
