// [class 6] Two heads are kept in an array; the first is moved by index (the second stays a spare) and then read again with `.at(0)`.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const arrayDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly firstName: string }> = {
  name: 'b9d-array',
  idTable: [{ modname: 'b9d_gpu', name: 'array' }],
  probe(adev) {
    const udevs = [0, 1].map((frames) => drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames }));
    const reg = drm.Registration.new(adev, udevs[0]!, { core: adev.asRef(), label: 'first' }, 0);
    const firstName = udevs.at(0)?.name; // expect: bindsafe/no-unregistered-device-use
    if (firstName === undefined) throw new Error('no heads');
    return { reg, firstName };
  },
};
