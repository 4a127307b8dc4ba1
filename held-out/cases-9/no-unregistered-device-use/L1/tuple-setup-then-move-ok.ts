// A tuple of device and label is destructured for setup; the device is moved once and then only the registration is used.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const tupleDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly name: string }> = {
  name: 'b9d-tuple',
  idTable: [{ modname: 'b9d_gpu', name: 'tuple' }],
  probe(adev) {
    const entry: [drm.UnregisteredDevice<AuxDrm>, string] = [drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }), 'tuple'];
    const [udev, label] = entry;
    udev.data.frames = label.length;
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label }, 0);
    return { reg, name: reg.device().name };
  },
};
