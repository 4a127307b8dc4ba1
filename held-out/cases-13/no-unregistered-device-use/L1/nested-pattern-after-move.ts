// An auxiliary driver destructures its bring-up record with a nested pattern after registering the device it holds. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Pending {
  readonly udev: drm.UnregisteredDevice<AuxDrm>;
  readonly label: string;
}

export const patternDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly who: string }> = {
  name: 'auxpattern-l1-nested',
  idTable: [{ modname: 'auxcore', name: 'pattern' }],
  probe(adev) {
    const pending: Pending = { udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }), label: 'pattern' };
    const reg = drm.Registration.new(adev, pending.udev, { core: adev.asRef(), label: pending.label }, 0);
    const { udev: { name }, label = "none" } = pending; // expect: bindsafe/no-unregistered-device-use
    return { reg, who: `${name}/${label}` };
  },
};
