// A probe registers through a small helper function and then logs the moved device's name.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function registerNode(adev: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, label: string): drm.Registration<AuxDrm> {
  return drm.Registration.new(adev, udev, { core: adev.asRef(), label }, 0);
}

export const nodeDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-node',
  idTable: [{ modname: 'b8f_gpu', name: 'node' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = registerNode(adev, udev, 'node');
    adev.asRef().info(`node ${udev.name} up`); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
