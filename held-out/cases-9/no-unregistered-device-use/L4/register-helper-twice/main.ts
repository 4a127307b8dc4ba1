// A probe asks another module to register the same device as "card" and then as "render".
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { registerHead } from './register.js';

export const pairDriver: auxiliary.Driver<{ readonly card: drm.Registration<AuxDrm>; readonly render: drm.Registration<AuxDrm> }> = {
  name: 'b9d-pair',
  idTable: [{ modname: 'b9d_gpu', name: 'pair' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const card = registerHead(adev, udev, 'card');
    const render = registerHead(adev, udev, 'render', 2); // expect: bindsafe/no-unregistered-device-use
    return { card, render };
  },
};
