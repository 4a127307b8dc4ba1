// A helper hands back the Registered view of an UnregisteredDevice; the probe opens a file on it before registration. [class 3]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function asRegistered(udev: drm.UnregisteredDevice<AuxDrm>): AuxDevice {
  // SAFETY: callers only use this once the device is registered.
  return udev.assumeCtx<drm.Registered>();
}

export const earlyDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-early',
  idTable: [{ modname: 'b8f_gpu', name: 'early' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const opened = asRegistered(udev).openFile().inner().opened; // expect: bindsafe/no-unregistered-device-use
    udev.data.frames = opened > 0 ? 1 : 0;
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'early' }, 0);
    return { reg };
  },
};
