// The unregistered device is also kept in a local Map; map.get() after the move reaches the moved device. [class 6] [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const driver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'held2-nudu-map',
  idTable: [{ modname: 'held2_core', name: 'drm' }],
  probe(adev) {
    const byId = new Map<number, drm.UnregisteredDevice<AuxDrm>>();
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    byId.set(adev.id, udev);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'aux' }, 0);
    byId.get(adev.id)!.data.frames = 1; // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
