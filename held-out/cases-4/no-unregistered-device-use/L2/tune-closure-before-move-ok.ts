// A local arrow tunes the unregistered device's data; it is called only before the move. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Refresh {
  readonly hz: readonly number[];
}

export const vrrDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }, Refresh> = {
  name: 'held4-vrr',
  idTable: [{ modname: 'held4_vop', name: 'vrr', info: { hz: [48, 60, 144] } }],
  probe(adev, info) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const tune = (hz: number): void => {
      udev.data.frames = Math.max(udev.data.frames, hz);
    };
    (info?.hz ?? [60]).forEach(tune);
    const reg = drm.Registration.new(adev, udev, { core: adev.parent(), label: `vrr-${adev.id}` }, 0);
    return { reg };
  },
};
