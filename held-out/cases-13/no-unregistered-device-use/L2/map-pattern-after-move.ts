// An auxiliary driver maps its bring-up records through a callback whose parameter is a nested pattern, after registering their device. [class 6, class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Pending {
  readonly udev: drm.UnregisteredDevice<AuxDrm>;
  readonly label: string;
}

export const recordDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly tags: readonly string[] }> = {
  name: 'auxrecord-l2-pattern',
  idTable: [{ modname: 'auxcore', name: 'record' }],
  probe(adev) {
    const pending: Pending = { udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }), label: 'record' };
    const reg = drm.Registration.new(adev, pending.udev, { core: adev.asRef(), label: pending.label }, 0);
    const tags = [pending].map(({ udev: { name }, label }) => `${label}:${name}`); // expect: bindsafe/no-unregistered-device-use
    return { reg, tags };
  },
};
