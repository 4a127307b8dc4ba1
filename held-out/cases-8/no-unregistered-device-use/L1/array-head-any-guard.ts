// A probe stores its UnregisteredDevice in an array, reads it back as any and takes an unbind guard before registration. [class 8]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const anyDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-any',
  idTable: [{ modname: 'b8f_gpu', name: 'any' }],
  probe(adev) {
    const devices = [drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 })] as const;
    const [first] = devices;
    const loose: any = first;
    const ok: boolean = loose.withUnbindGuard(() => true) === true; // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(adev, first, { core: adev.asRef(), label: ok ? 'any-ok' : 'any' }, 0);
    return { reg };
  },
};
