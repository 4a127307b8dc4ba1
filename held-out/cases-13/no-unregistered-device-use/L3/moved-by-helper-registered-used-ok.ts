// An auxiliary driver configures its device, lets a helper move it into a registration, then configures through the registered device.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function goLive(adev: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, label: string): drm.Registration<AuxDrm> {
  return drm.Registration.new(adev, udev, { core: adev.asRef(), label }, 0);
}

export const liveDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'auxlive-l3-moved-ok',
  idTable: [{ modname: 'auxcore', name: 'live' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    udev.data.frames = 60;
    const reg = goLive(adev, udev, `live.${adev.id}`);
    reg.device().data.frames = 120;
    return { reg };
  },
};
