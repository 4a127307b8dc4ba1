// A probe asks a local Registrar to register the same UnregisteredDevice for two planes.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { Registrar } from './services/registrar.js';

interface PlanesData {
  readonly planes: readonly drm.Registration<AuxDrm>[];
}

export const planesDriver: auxiliary.Driver<PlanesData> = {
  name: 'b8f-planes',
  idTable: [{ modname: 'b8f_gpu', name: 'planes' }],
  probe(adev) {
    const registrar = new Registrar(adev);
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const primary = registrar.register(udev, 'primary');
    const overlay = registrar.register(udev, 'overlay'); // expect: bindsafe/no-unregistered-device-use
    return { planes: [primary, overlay] };
  },
};
