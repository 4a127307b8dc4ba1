// An auxiliary display primes its device through the default-exported ops table, registers it, then fingerprints the moved device. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import ops from './ops.js';

export const opsDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly print: string }> = {
  name: 'auxops-l4-default',
  idTable: [{ modname: 'auxcore', name: 'ops4' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    ops.prime(udev, 60);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'ops4' }, 0);
    const print = ops.fingerprint(udev); // expect: bindsafe/no-unregistered-device-use
    return { reg, print };
  },
};
