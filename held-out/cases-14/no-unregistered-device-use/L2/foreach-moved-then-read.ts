// A probe registers its device from a forEach over the parents it accepts, then reads the moved device afterwards. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const parentsDriver: auxiliary.Driver<{ readonly regs: drm.Registration<AuxDrm>[]; readonly name: string }> = {
  name: 'b14c-parents',
  idTable: [{ modname: 'b14c', name: 'parents' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const regs: drm.Registration<AuxDrm>[] = [];
    [adev].forEach((parent) => {
      regs.push(drm.Registration.new(parent, udev, { core: parent.asRef(), label: 'parents' }, 0));
    });
    const name = udev.name; // expect: bindsafe/no-unregistered-device-use
    return { regs, name };
  },
};
