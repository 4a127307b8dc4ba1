// Before registering, probe passes the device's Uninit view to an imported helper that opens a file on it as if registered.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { probeOpen } from './probe-file.js';

export const earlyOpenDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly openedAt: number }> = {
  name: 'held4-early-open',
  idTable: [{ modname: 'held4_vop', name: 'early' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    // SAFETY: the device is not registered yet, and Uninit promises nothing more.
    const view = udev.assumeCtx();
    const openedAt = probeOpen(view); // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(adev, udev, { core: adev.parent(), label: 'early' }, 0);
    return { reg, openedAt };
  },
};
