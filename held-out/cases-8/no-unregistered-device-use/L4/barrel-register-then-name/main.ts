// A probe registers through a helper re-exported by a barrel, then logs the moved device's name.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { registerNode } from './lib/index.js';

export const barrelDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-barrel',
  idTable: [{ modname: 'b8f_gpu', name: 'barrel' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = registerNode(adev, udev, 'barrel');
    adev.asRef().info(`${udev.name} registered`); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
