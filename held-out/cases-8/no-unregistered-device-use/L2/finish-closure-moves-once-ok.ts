// A probe wraps the move in a local finish() closure that it calls exactly once, and never touches the device again.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const finishDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-finish',
  idTable: [{ modname: 'b8f_gpu', name: 'finish' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const finish = (label: string) => drm.Registration.new(adev, udev, { core: adev.asRef(), label }, 0);
    udev.data.frames = 2;
    const reg = finish('finish');
    return { reg };
  },
};
