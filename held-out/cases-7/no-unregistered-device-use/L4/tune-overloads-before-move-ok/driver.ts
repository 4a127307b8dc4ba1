// A driver tunes its UnregisteredDevice through an imported overloaded helper before moving it into the registration.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { tune } from './tune.js';

interface IpuData {
  readonly reg: drm.Registration<AuxDrm>;
}

export const ipuDriver: auxiliary.Driver<IpuData, { frames: number }> = {
  name: 'held7-ipu',
  idTable: [{ modname: 'held7_soc', name: 'ipu', info: { frames: 24 } }],
  probe(adev, info) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    if (info) tune(udev, { frames: info.frames });
    else tune(udev, 30);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'ipu' }, 0);
    return { reg };
  },
};
