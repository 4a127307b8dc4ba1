// An auxiliary driver's bring-up helper moves the device into a registration; the caller then keeps configuring the moved device.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function goLive(adev: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, label: string): drm.Registration<AuxDrm> {
  return drm.Registration.new(adev, udev, { core: adev.asRef(), label }, 0);
}

export const liveDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'auxlive-l3-moved',
  idTable: [{ modname: 'auxcore', name: 'live' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = goLive(adev, udev, `live.${adev.id}`);
    udev.data.frames = 120; // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
