// A probe destructures its setup record with a nested pattern to log the name, after the registration took the device. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

type Setup<D extends drm.AnyDriver> = { udev: drm.UnregisteredDevice<D>; index: number };

export const patternDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly title: string }> = {
  name: 'b14c-pattern',
  idTable: [{ modname: 'b14c', name: 'pattern' }],
  probe(adev) {
    const setup: Setup<AuxDrm> = { udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }), index: 0 };
    const reg = drm.Registration.new(adev, setup.udev, { core: adev.asRef(), label: 'pattern' }, 0);
    const { udev: { name }, index = 0 } = setup; // expect: bindsafe/no-unregistered-device-use
    return { reg, title: `${name}-${index}` };
  },
};
