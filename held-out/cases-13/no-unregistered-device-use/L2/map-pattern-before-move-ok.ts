// An auxiliary driver maps its bring-up records through a nested-pattern callback before registering their device. [class 6, class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Pending {
  readonly udev: drm.UnregisteredDevice<AuxDrm>;
  readonly label: string;
}

export const recordDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly tags: readonly string[] }> = {
  name: 'auxrecord-l2-pattern-ok',
  idTable: [{ modname: 'auxcore', name: 'record' }],
  probe(adev) {
    const pending: Pending = { udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }), label: 'record' };
    const tags = [pending].map(({ udev: { name }, label }) => `${label}:${name}`);
    const reg = drm.Registration.new(adev, pending.udev, { core: adev.asRef(), label: pending.label }, 0);
    return { reg, tags };
  },
};
