// A driver casts its UnregisteredDevice to a registered drm.Device to run a guarded self-check before registration. [class 8]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface CheckData {
  readonly reg: drm.Registration<AuxDrm>;
}

export const checkDriver: auxiliary.Driver<CheckData> = {
  name: 'held7-check',
  idTable: [{ modname: 'held7_gpu', name: 'check' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const early = udev as unknown as AuxDevice;
    const ok = early.withUnbindGuard((parent) => parent.name.length > 0); // expect: bindsafe/no-unregistered-device-use
    if (ok === false) adev.asRef().info('check: parent has no name');
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'check' }, 0);
    return { reg };
  },
};
