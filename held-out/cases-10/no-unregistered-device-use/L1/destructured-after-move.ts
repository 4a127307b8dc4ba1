// The probe destructures its setup tuple again after registration and renames the moved device.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const tupleDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly tag: string }> = {
  name: 'b10d-tuple',
  idTable: [{ modname: 'b10d_gpu', name: 'tuple' }],
  probe(adev) {
    const pair: [drm.UnregisteredDevice<AuxDrm>, number] = [drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }), 7];
    const reg = drm.Registration.new(adev, pair[0], { core: adev.asRef(), label: 'tuple' }, pair[1]);
    const [moved] = pair;
    const tag = moved.name; // expect: bindsafe/no-unregistered-device-use
    return { reg, tag };
  },
};
