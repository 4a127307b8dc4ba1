// A probe registers through another module once and afterwards uses only registration.device().
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { registerHead } from './register.js';

export const onceDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly name: string }> = {
  name: 'b9d-once',
  idTable: [{ modname: 'b9d_gpu', name: 'once' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = registerHead(adev, udev, 'once');
    const name = reg.device().name;
    return { reg, name };
  },
};
