// A probe configures its device through a typed alias, then moves it and works only with the registered device. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

type Configurable<D extends drm.AnyDriver> = Pick<drm.UnregisteredDevice<D>, 'data' | 'name'>;

export const aliasOkDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly tag: string }> = {
  name: 'b14c-alias-ok',
  idTable: [{ modname: 'b14c', name: 'alias-ok' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const config: Configurable<AuxDrm> = udev;
    config.data.frames = 30;
    const label = config.name;
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label }, 0);
    const dev = reg.device();
    return { reg, tag: `${dev.name}#${adev.id}` };
  },
};
